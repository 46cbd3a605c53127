// Exporting: a unit's file for the province (everything, or the changes since its last export;
// sealed when the province's key is known) and the province's file for its units (the tree,
// quotas, member counts and its public key). Each is built here, downloaded, then logged.
import { queryOptions } from '@tanstack/react-query';
import { collectExport } from '@/db/export-collect';
import { lastExport, listExports, listImports, recordExport } from '@/db/exchange-logs';
import type { ExportLogEntry } from '@/db/schema';
import {
  getUnitSigningKeys,
  keyFingerprint,
  listTrustedUnitKeys,
  provincePublicKeyForExport,
  provincePublicKeyForSealing,
} from '@/db/keys-repo';
import { getSetting, setSetting } from '@/db/settings-repo';
import { buildExport, exportFileName, serializeExport } from '@/exchange/export';
import { arrayCounts, type ExchangeExtensions } from '@/exchange/format';
import { sealForProvince, sealedFileName } from '@/exchange/seal';
import { useLocalMutation } from '@/queries/mutation';
import { downloadJson } from '@/ui/download';
import { DEFAULT_REMINDER_DAYS, REMINDER_SETTING, oldestChange } from './reminder';

export const exportsQuery = queryOptions({
  queryKey: ['sync', 'exports'] as const,
  queryFn: listExports,
});

export const importsQuery = queryOptions({
  queryKey: ['sync', 'imports'] as const,
  queryFn: listImports,
});

export const lastExportQuery = (rootUnitId: string) =>
  queryOptions({
    queryKey: ['sync', 'lastExport', rootUnitId] as const,
    queryFn: () => lastExport(rootUnitId, 'subtree'),
  });

/** The province key a unit seals for, with its fingerprint; null until the province sent it. */
export const sealKeyQuery = queryOptions({
  queryKey: ['sync', 'sealKey'] as const,
  queryFn: async () => {
    const jwk = await provincePublicKeyForSealing();
    return jwk ? { jwk, keyId: await keyFingerprint(jwk) } : null;
  },
});

/** This installation's signing key (made on first need): the unit reads its fingerprint out. */
export const signingKeyQuery = queryOptions({
  queryKey: ['sync', 'signingKey'] as const,
  queryFn: async () => (await getUnitSigningKeys()).keyId,
});

export const reminderDaysQuery = queryOptions({
  queryKey: ['sync', 'reminderDays'] as const,
  queryFn: async () => (await getSetting(REMINDER_SETTING)) ?? DEFAULT_REMINDER_DAYS,
});

export function useSaveReminderDays() {
  return useLocalMutation((days: number) => setSetting(REMINDER_SETTING, days));
}

/**
 * The oldest change of the home subtree not yet exported: changes after the last export, or,
 * before the first one, after the set-up (what came with the province's file is not the unit's).
 */
export const unsentQuery = (rootUnitId: string, since: string) =>
  queryOptions({
    queryKey: ['sync', 'unsent', rootUnitId, since] as const,
    queryFn: async () => {
      const changes = await collectExport({ rootUnitId, since });
      const stamps = [
        ...changes.units,
        ...changes.people,
        ...changes.classes,
        ...changes.targets,
        ...changes.memberCounts,
      ].map((record) => record.updatedAt);
      return oldestChange([...stamps, ...changes.deleted.map((tombstone) => tombstone.deletedAt)]);
    },
  });

export interface UnitExportRequest {
  rootUnitId: string;
  mode: 'full' | 'changes';
  seal: boolean;
}

async function exportForProvince({
  rootUnitId,
  mode,
  seal,
}: UnitExportRequest): Promise<ExportLogEntry> {
  const previous = mode === 'changes' ? await lastExport(rootUnitId, 'subtree') : null;
  const collected = await collectExport({ rootUnitId, since: previous?.asOf ?? null });
  const document = buildExport(collected);
  let text = serializeExport(document);
  let fileName = exportFileName(document);
  if (seal) {
    text = await sealForProvince(text, rootUnitId);
    fileName = sealedFileName(fileName);
  }
  downloadJson(text, fileName);
  const entry: ExportLogEntry = {
    exportId: document.exportId,
    exportedAt: document.exportedAt,
    fileName,
    rootUnitId,
    content: 'subtree',
    scope: document.scope,
    asOf: collected.asOf,
    fileCounts: arrayCounts(document),
    sealed: seal,
  };
  await recordExport(entry);
  return entry;
}

export function useExportForProvince() {
  return useLocalMutation(exportForProvince);
}

/** The province's file for its units: the whole tree, quotas, member counts and its keys. */
async function exportForUnits(rootUnitId: string): Promise<ExportLogEntry> {
  const [collected, provincePublicKey, trusted] = await Promise.all([
    collectExport({ rootUnitId, content: 'provinceTree' }),
    provincePublicKeyForExport(),
    listTrustedUnitKeys(),
  ]);
  const extensions: ExchangeExtensions = {};
  if (provincePublicKey) extensions.provincePublicKey = provincePublicKey;
  if (trusted.length > 0) {
    extensions.unitKeys = Object.fromEntries(trusted.map((key) => [key.unitId, key.publicKeyJwk]));
  }
  const document = buildExport({ ...collected, extensions });
  const fileName = exportFileName(document);
  downloadJson(serializeExport(document), fileName);
  const entry: ExportLogEntry = {
    exportId: document.exportId,
    exportedAt: document.exportedAt,
    fileName,
    rootUnitId,
    content: 'provinceTree',
    scope: document.scope,
    asOf: collected.asOf,
    fileCounts: arrayCounts(document),
    sealed: false,
  };
  await recordExport(entry);
  return entry;
}

export function useExportForUnits() {
  return useLocalMutation(exportForUnits);
}
