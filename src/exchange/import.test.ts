// The whole way of a file: export → text → (seal) → read → parse → plan → apply, on a real
// (fake-indexeddb) store, through the same functions the worker runs.
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImportPlan } from '@/db/import-apply';
import { collectExport } from '@/db/export-collect';
import { readStoreSnapshot } from '@/db/store-snapshot';
import { createProvinceKeys, getUnitSigningKeys, trustedUnitKey } from '@/db/keys-repo';
import { fromRow } from '@/db/people-repo';
import { db, resetDatabase } from '@/db/schema';
import { translate } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';
import { previewAll, previewFile, previewText } from './import-pipeline';
import { buildClass, buildMemberCount, buildPerson, buildTarget } from '../../test/builders';
import { buildTree, rawDocument, toText, treeUnits } from '../../test/exchange-documents';
import { importErrorMessage } from './errors';
import { buildExport, serializeExport } from './export';
import { parseExchange } from './parse';
import { planImport } from './plan';
import { sealDocument } from './seal';

beforeEach(async () => {
  await resetDatabase();
});

const vi = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('vi', key, params);
const tree = buildTree();
const units = treeUnits(tree);

async function importText(text: string, fileName = 'f.ptdv.json') {
  const { document, warnings } = parseExchange(text, fileName);
  const plan = planImport(document, await readStoreSnapshot(), fileName, warnings);
  const entry = await applyImportPlan(plan);
  return { plan, entry };
}

async function records() {
  const d = db();
  const byId = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    units: byId(await d.units.toArray()),
    people: byId((await d.people.toArray()).map(fromRow)),
    classes: byId(await d.classes.toArray()),
    targets: byId(await d.targets.toArray()),
    memberCounts: byId(await d.memberCounts.toArray()),
    tombstones: (await d.tombstones.toArray()).map(({ type, id, deletedAt }) => ({
      type,
      id,
      deletedAt,
    })),
  };
}

function file(text: string, name: string): File {
  return new File([text], name, { type: 'application/json' });
}

describe('export, then import into an empty store', () => {
  it('reproduces every record exactly', async () => {
    const klass = buildClass({ unitId: tree.commune.id });
    const people = [
      buildPerson({
        unitId: tree.cellA.id,
        fullName: 'Hoàng Thị Thu',
        gender: 'female',
        ethnicity: 'Tày',
        religion: 'Phật giáo',
        nationalId: '001201012345',
        awarenessClassId: klass.id,
        workplaceSector: 'non_state',
        occupation: 'worker',
        decisionNo: '12-QĐ/ĐU',
        milestones: {
          sourcedOn: '2025-01-01',
          awarenessCertOn: '2025-03-06',
          admittedOn: '2026-02-03',
        },
      }),
      buildPerson({ unitId: tree.cellB.id, education: null }),
    ];
    await importText(
      toText(
        rawDocument(tree.province, {
          units,
          people,
          classes: [klass],
          targets: [buildTarget({ unitId: tree.district.id })],
          memberCounts: [buildMemberCount({ unitId: tree.commune.id })],
          deleted: [
            { type: 'person', id: buildPerson().id, deletedAt: '2026-05-05T00:00:00.000Z' },
          ],
        }),
      ),
    );
    const original = await records();

    const collected = await collectExport({ rootUnitId: tree.province.id });
    const text = serializeExport(buildExport(collected));
    await resetDatabase();
    const { plan } = await importText(text, 'copy.ptdv.json');
    expect(plan.isProvinceFile).toBe(true);
    expect(await records()).toEqual(original);
  });
});

describe('idempotent and overlapping imports', () => {
  it('importing a file twice, or two overlapping files, duplicates nothing', async () => {
    const person = buildPerson({ unitId: tree.cellA.id });
    await importText(toText(rawDocument(tree.province, { units })));
    const first = rawDocument(tree.commune, { people: [person] });
    const { entry } = await importText(toText(first));
    expect(entry.counts.person?.created).toBe(1);
    const again = await importText(toText(first));
    expect(again.plan.alreadyImported).toBe(true);
    const overlapping = rawDocument(tree.commune, {
      people: [person, buildPerson({ unitId: tree.cellB.id })],
    });
    const second = await importText(toText(overlapping));
    expect(second.entry.counts.person).toMatchObject({ created: 1, unchanged: 1 });
    expect(await db().people.count()).toBe(2);
  });
});

describe('the worker’s pipeline', () => {
  it('previews files in order: a plan for a good one, the refusal for each bad one', async () => {
    const good = toText(rawDocument(tree.province, { units }));
    const cut = good.slice(0, good.length / 2);
    const latin1 = new Uint8Array([0x7b, 0x22, 0xe0, 0x22, 0x7d]);
    const progress: string[] = [];
    const previews = await previewAll(
      [file(good, 'tinh.ptdv.json'), file(cut, 'cut.ptdv.json'), new File([latin1], 'excel.xls')],
      (event) => progress.push(`${event.file}:${event.phase}`),
    );
    expect(previews[0]?.plan?.counts.unit.created).toBe(units.length);
    expect(previews[1]).toEqual({
      fileName: 'cut.ptdv.json',
      error: { code: 'truncated', file: 'cut.ptdv.json' },
    });
    expect(previews[2]?.error?.code).toBe('notUtf8');
    expect(progress).toContain('tinh.ptdv.json:read');
    expect(progress).toContain('tinh.ptdv.json:validate');
    expect(progress).toContain('tinh.ptdv.json:plan');
    expect(await db().units.count()).toBe(0);
  });

  it('opens a sealed file: first use shown, trusted on apply; a flipped byte is refused', async () => {
    const province = await createProvinceKeys();
    await importText(toText(rawDocument(tree.province, { units })));
    const signer = await getUnitSigningKeys();
    const documentText = toText(
      rawDocument(tree.commune, { people: [buildPerson({ unitId: tree.cellA.id })] }),
    );
    const sealed = await sealDocument(documentText, {
      provincePublicKey: province.publicKeyJwk,
      signer: {
        unitId: tree.commune.id,
        privateKey: signer.privateKey,
        publicKeyJwk: signer.publicKeyJwk,
      },
    });
    const snapshot = await readStoreSnapshot();
    const preview = await previewText(sealed, 'xa.sealed.ptdv.json', snapshot);
    expect(preview.plan?.sealed).toMatchObject({
      unitId: tree.commune.id,
      firstUse: true,
      fingerprint: signer.keyId,
    });
    expect(preview.plan?.counts.person.created).toBe(1);
    await applyImportPlan(preview.plan!);
    expect(await trustedUnitKey(tree.commune.id)).toMatchObject({
      keyId: signer.keyId,
      source: 'tofu',
    });

    const at = sealed.indexOf('"ciphertext":"') + 20;
    const flipped = `${sealed.slice(0, at)}${sealed[at] === 'A' ? 'B' : 'A'}${sealed.slice(at + 1)}`;
    const refused = await previewFile(file(flipped, 'xa.sealed.ptdv.json'), snapshot);
    expect(refused.error?.code).toBe('sealedTampered');
    expect(importErrorMessage(refused.error!, vi)).toContain('bị sửa đổi hoặc hư hỏng');
  });
});
