import { describe, expect, it } from 'vitest';
import { toRow } from '@/db/people-repo';
import type { Place, PlaceFigure } from '@/domain/entities';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildPlace,
  buildPlaceFigure,
  buildTarget,
} from '../../test/builders';
import { buildTree, treeUnits } from '../../test/exchange-documents';
import { buildExport, exportFileName, serializeExport } from './export';
import { APP_ID, EXCHANGE_FORMAT, EXCHANGE_VERSION } from './format';
import { parseExchange } from './parse';

const tree = buildTree();
const NOW = new Date('2026-11-28T02:00:00.000Z');

function sample() {
  const klass = buildClass({ unitId: tree.commune.id });
  return {
    source: { unitId: tree.commune.id, unitCode: 'X0101', unitName: tree.commune.name },
    scope: { type: 'full' } as const,
    units: [tree.cellB, tree.cellA, tree.commune],
    people: [
      buildPerson({
        unitId: tree.cellA.id,
        fullName: 'Hà Thị Lan',
        gender: 'female',
        ethnicity: 'Tày',
        religion: 'Phật giáo',
        occupation: 'worker',
        workplaceSector: 'fdi',
        nationalId: '001201012345',
        decisionNo: '125-QĐ/ĐU',
        awarenessClassId: klass.id,
        milestones: { awarenessCertOn: '2026-03-06', admittedOn: '2026-09-02' },
      }),
      buildPerson({ unitId: tree.cellB.id }),
    ],
    classes: [klass],
    targets: [buildTarget({ unitId: tree.commune.id, document: 'Công văn 861-CV/TU' })],
    memberCounts: [buildMemberCount({ unitId: tree.commune.id })],
    deleted: [
      { type: 'person' as const, id: buildPerson().id, deletedAt: '2026-10-01T00:00:00.000Z' },
    ],
    places: [] as Place[],
    placeFigures: [] as PlaceFigure[],
  };
}

describe('buildExport', () => {
  it('writes the contract envelope and round-trips through parseExchange unchanged', () => {
    const input = sample();
    const document = buildExport(input, NOW);
    expect(document).toMatchObject({
      format: EXCHANGE_FORMAT,
      version: EXCHANGE_VERSION,
      exportedAt: '2026-11-28T02:00:00.000Z',
      source: { ...input.source, app: APP_ID },
      scope: { type: 'full' },
    });
    const text = serializeExport(document);
    const { document: parsed, warnings } = parseExchange(text, exportFileName(document));
    expect(warnings).toEqual([]);
    expect(parsed).toEqual(document);
    // Parents first.
    expect(parsed.units.map((unit) => unit.code)).toEqual(['X0101', 'CB01', 'CB02']);
    expect(parsed.people).toEqual(input.people);
  });

  it('never leaks a stored row’s derived columns into the file', () => {
    const input = sample();
    const rows = input.people.map(toRow);
    const document = buildExport({ ...input, people: rows }, NOW);
    expect(document.people).toEqual(input.people);
    expect(serializeExport(document)).not.toContain('searchKey');
  });

  it('writes one record per line, and the province’s key when given', () => {
    const jwk = { crv: 'P-256', kty: 'EC', x: 'x', y: 'y' };
    const document = buildExport(
      {
        ...sample(),
        source: { unitId: tree.province.id, unitCode: 'TU', unitName: tree.province.name },
        units: treeUnits(tree),
        people: [],
        classes: [],
        extensions: { provincePublicKey: jwk },
      },
      NOW,
    );
    const text = serializeExport(document);
    const unitLines = text.split('\n').filter((line) => line.startsWith('    {"id"'));
    expect(unitLines).toHaveLength(treeUnits(tree).length + 2);
    expect(text).toContain(`"provincePublicKey": ${JSON.stringify(jwk)}`);
    expect(parseExchange(text, 'tu.ptdv.json').document.provincePublicKey).toEqual(jwk);
  });

  it('writes places and their figures, and a person’s place, and reads them back unchanged', () => {
    const hamlet = buildPlace({ unitId: tree.commune.id, name: 'Thôn Đồng Tâm', code: null });
    const school = buildPlace({
      unitId: tree.commune.id,
      kind: 'school',
      name: 'Trường THPT Nguyễn Trãi',
      code: '34001',
    });
    const figure = buildPlaceFigure({
      placeId: hamlet.id,
      year: 2026,
      households: 312,
      partyMembers: 0,
      partyOrganisation: 'none',
    });
    const student = buildPerson({
      unitId: tree.cellA.id,
      occupation: 'high_school_student',
      placeId: school.id,
    });
    const document = buildExport(
      {
        ...sample(),
        people: [student],
        places: [hamlet, school],
        placeFigures: [figure],
      },
      NOW,
    );
    const text = serializeExport(document);
    const { document: parsed, warnings } = parseExchange(text, 'x.ptdv.json');
    expect(warnings).toEqual([]);
    expect(parsed.places).toEqual([hamlet, school]);
    expect(parsed.placeFigures).toEqual([figure]);
    expect(parsed.people[0]?.placeId).toBe(school.id);
  });

  it('leaves out the places’ arrays, and a person’s empty place, when there are none', () => {
    const text = serializeExport(buildExport(sample(), NOW));
    expect(text).not.toContain('"places"');
    expect(text).not.toContain('"placeFigures"');
    expect(text).not.toContain('"placeId"');
  });

  it('names the file after the unit code, the local date and the scope', () => {
    const full = buildExport(sample(), NOW);
    expect(exportFileName(full)).toBe('ptdv-x0101-2026-11-28-full.ptdv.json');
    const changes = buildExport(
      {
        ...sample(),
        source: { unitId: tree.cellA.id, unitCode: 'ĐU Xã/01', unitName: 'x' },
        scope: { type: 'changes', since: '2026-11-01T00:00:00.000Z' },
      },
      new Date('2026-11-28T18:30:00.000Z'),
    );
    // 01:30 on the 29th in Việt Nam.
    expect(exportFileName(changes)).toBe('ptdv-du-xa-01-2026-11-29-changes.ptdv.json');
  });
});
