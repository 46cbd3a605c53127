// Applying an import's plan (src/exchange/plan.ts) in ONE transaction: every record type's step
// (import-steps.ts), the tombstones (import-deletes.ts), the keys a file brings and its entry in
// the import log. A failure or a closed tab leaves the store as it was.
import { nowStamp, type Person } from '@/domain/entities';
import {
  APP_LOCK_SETTING,
  AppLockError,
  lockKeysForWrite,
  sealPeopleWith,
  type AppLockSettings,
  type LockKeys,
} from './app-lock';
import { aggregateTables } from './aggregates';
import { recordTablesOf } from './exchange-tables';
import type { ApplyContext, PlanToApply } from './import-context';
import { applyDeletes } from './import-deletes';
import { ImportApplyError } from './import-errors';
import { RECORD_STEPS } from './import-steps';
import { saveReceivedProvinceKey, trustUnitKey, trustedUnitKey } from './keys-repo';
import type { PersonRow } from './rows';
import { db, type ImportLogEntry, type PtdvDatabase } from './schema';

/**
 * Applies a plan: every accepted record, deletion, aggregate, history event, key and the log
 * entry in ONE transaction, so a failure or a closed tab leaves the store as it was. Each write
 * is checked again against the stored record inside the transaction (another import may have
 * landed since the preview): only what is still newer is written. A file already in the import
 * log changes nothing; its first entry is returned.
 */
export async function applyImportPlan(
  plan: PlanToApply,
  /** The app lock's keys; the import worker gets them with the request (none: this page's). */
  lockKeys?: LockKeys | null,
): Promise<ImportLogEntry> {
  // Under the app lock the CCCDs are sealed before the transaction opens: WebCrypto awaited
  // inside it would let it commit half-way.
  const sealKeys = await lockKeysForWrite(lockKeys);
  const people = await sealPeopleWith(plan.writes.people, sealKeys);
  return applySealedPlan(plan, people, sealKeys?.keyId ?? null);
}

/** Every table an apply writes or reads: the records', and what the steps keep beside them. */
function applyTables(d: PtdvDatabase) {
  return [
    ...Object.values(recordTablesOf(d)),
    d.tombstones,
    d.unitEvents,
    ...aggregateTables(d),
    d.importLog,
    d.settings,
  ];
}

/**
 * The lock as it is now must be the one the people were sealed under, and not being turned on
 * or off (its walk over the people runs beside this): else the file is refused whole.
 */
async function checkLockUnchanged(d: PtdvDatabase, sealedWith: string | null): Promise<void> {
  const lock = (await d.settings.get(APP_LOCK_SETTING))?.value as AppLockSettings | undefined;
  if (lock?.migration || (lock?.keyId ?? null) !== sealedWith) {
    throw new AppLockError('changed');
  }
}

/**
 * A sealed file's signer, on first use, is trusted for its unit. Another file of this unit,
 * signed by another key, may have been trusted since the preview (two files in one batch): the
 * first key stays, this file is refused.
 */
async function trustSigner(plan: PlanToApply): Promise<void> {
  if (!plan.sealed?.firstUse) return;
  const known = await trustedUnitKey(plan.sealed.unitId);
  if (known && known.keyId !== plan.sealed.fingerprint) {
    throw new ImportApplyError('sealedWrongSigner', plan.fileName, {
      unitId: plan.sealed.unitId,
      knownKey: known.keyId,
      fileKey: plan.sealed.fingerprint,
    });
  }
  await trustUnitKey(plan.sealed.unitId, plan.sealed.publicKeyJwk, {
    source: 'tofu',
    keyId: plan.sealed.fingerprint,
  });
}

/** The province's key and the units' keys that the province's file brings. */
async function saveFileKeys(plan: PlanToApply): Promise<void> {
  if (!plan.isProvinceFile || !plan.keys) return;
  const { provincePublicKey, unitKeys = [] } = plan.keys;
  if (provincePublicKey) {
    await saveReceivedProvinceKey(provincePublicKey.jwk, { keyId: provincePublicKey.keyId });
  }
  for (const key of unitKeys) {
    const known = await trustedUnitKey(key.unitId);
    if (known?.keyId !== key.keyId) {
      await trustUnitKey(key.unitId, key.jwk, { source: 'tree', keyId: key.keyId });
    }
  }
}

/** The file's entry in the import log, with what the steps counted. */
function logEntry(plan: PlanToApply, counts: ImportLogEntry['counts']): ImportLogEntry {
  return {
    exportId: plan.exportId,
    fileName: plan.fileName,
    importedAt: nowStamp(),
    exportedAt: plan.exportedAt,
    sourceUnitId: plan.source.unitId,
    sourceUnitCode: plan.source.unitCode,
    sourceUnitName: plan.source.unitName,
    app: plan.source.app,
    scope: plan.scope,
    isProvinceFile: plan.isProvinceFile,
    sealed: plan.sealed
      ? {
          unitId: plan.sealed.unitId,
          fingerprint: plan.sealed.fingerprint,
          firstUse: plan.sealed.firstUse,
        }
      : null,
    fileCounts: { ...plan.fileCounts },
    counts,
    warnings: plan.warnings.length,
  };
}

/**
 * Applies a plan whose people were sealed under the lock `sealedWith` names (null: written in
 * clear). The lock is read again inside the transaction: turned on, off or changed since the
 * sealing, or being turned on or off, the file is refused whole (AppLockError 'changed') rather
 * than leave its people in the other state.
 */
export async function applySealedPlan(
  plan: PlanToApply,
  people: Person[],
  sealedWith: string | null,
): Promise<ImportLogEntry> {
  const d = db();
  const withNationalIds = people.some(
    (person) => person.nationalId || (person as Partial<PersonRow>).nationalIdSealed,
  );
  return d.transaction('rw', applyTables(d), async () => {
    const existing = await d.importLog.get(plan.exportId);
    if (existing) return existing;
    if (withNationalIds) await checkLockUnchanged(d, sealedWith);
    const context: ApplyContext = {
      d,
      tables: recordTablesOf(d),
      plan,
      people,
      counts: structuredClone(plan.counts),
      revived: [],
    };
    for (const step of Object.values(RECORD_STEPS)) await step.write(context);
    if (context.revived.length > 0) await d.tombstones.bulkDelete(context.revived);
    await applyDeletes(context);
    await trustSigner(plan);
    await saveFileKeys(plan);
    const entry = logEntry(plan, context.counts);
    await d.importLog.add(entry);
    return entry;
  });
}
