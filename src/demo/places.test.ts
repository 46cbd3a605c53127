import { describe, expect, it } from 'vitest';
import { placeFigureSchema, placeSchema, type Person, type Unit } from '@/domain/entities';
import { streamProvince } from './province-stream';

const TODAY = '2026-11-28';
const YEARS = [2022, 2023, 2024, 2025, 2026];
/** The bench's M size (scripts/bench/dataset.ts): 100,000 people, 230 units. */
const M = { people: 100_000, peoplePerLeaf: 650, classSize: 300 };

const isCommune = (unit: Unit | undefined) => unit?.sector === 'commune' || unit?.sector === 'ward';
const share = (part: number, whole: number) => part / Math.max(1, whole);

/**
 * The M province drawn once, each person checked against the tree and the places as they come
 * (none kept): what each check found wrong, and the admissions of each place.
 */
function drawM() {
  const stream = streamProvince({ seed: 2025, today: TODAY, ...M });
  const places = new Map(stream.places.map((place) => [place.id, place]));
  const units = new Map(stream.units.map((unit) => [unit.id, unit]));
  const upperOf = (id: string): Unit => {
    let unit = units.get(id) as Unit;
    while (unit.kind !== 'upper') unit = units.get(unit.parentId as string) as Unit;
    return unit;
  };
  const wrong: string[] = [];
  const byKind = new Map<string, number>();
  const admissions = new Map<string, string[]>();
  const check = (person: Person) => {
    const place = places.get(person.placeId ?? '');
    const fail = (what: string) => wrong.length < 20 && wrong.push(`${person.fullName}: ${what}`);
    if (!place) return fail('no place');
    byKind.set(place.kind, (byKind.get(place.kind) ?? 0) + 1);
    const expected =
      person.occupation === 'high_school_student'
        ? 'school'
        : person.occupation === 'worker' || person.occupation === 'enterprise_manager'
          ? 'enterprise'
          : 'residential';
    if (place.kind !== expected) fail(`${person.occupation} from a ${place.kind}`);
    if (place.kind === 'enterprise' && person.workplaceSector) {
      if (place.enterpriseSector !== person.workplaceSector) fail('another sector');
    }
    const { admittedOn } = person.milestones;
    if (place.closedOn && !(admittedOn && admittedOn <= place.closedOn)) fail('closed place');
    if (admittedOn) admissions.set(place.id, [...(admissions.get(place.id) ?? []), admittedOn]);
    // The place lies in the person's commune or ward (its successor's, for a merged unit).
    const filed = upperOf(person.unitId);
    const area = filed.successorId ? (units.get(filed.successorId) as Unit) : filed;
    if (!isCommune(area)) return;
    const placeUpper = upperOf(place.unitId);
    const committeeEnterprise = place.kind === 'enterprise' && !isCommune(placeUpper);
    if (!committeeEnterprise && placeUpper.id !== area.id) fail(`a place of ${placeUpper.name}`);
    if (place.kind === 'residential' && !filed.closedOn) {
      const parent = units.get(units.get(person.unitId)?.parentId ?? '');
      const commune = parent?.kind === 'grassroots_committee' && isCommune(parent) ? parent : area;
      if (place.unitId !== commune.id) fail(`a hamlet of ${units.get(place.unitId)?.name}`);
    }
  };
  const records = stream.draw(10_000, (part) => part.people.forEach(check));
  return { stream, places, units, wrong, byKind, admissions, ...records };
}

let drawn: ReturnType<typeof drawM> | null = null;
const m = () => (drawn ??= drawM());

describe('the demo province: its places', () => {
  it('sizes the places to the people: about 2,000 at M, one per 50 people at every size', () => {
    const count = (options: Omit<Parameters<typeof streamProvince>[0], 'seed'>) =>
      streamProvince({ seed: 2025, today: TODAY, ...options }).places.length;
    const s = count({ people: 2_000, units: 1, closedUnits: 0 });
    expect(s).toBeGreaterThanOrEqual(40);
    expect(s).toBeLessThanOrEqual(60);
    expect(m().stream.places.length).toBeGreaterThanOrEqual(1_950);
    expect(m().stream.places.length).toBeLessThanOrEqual(2_050);
    const p = count({ ...M, people: 250_000 });
    expect(p).toBeGreaterThan(4_800);
    expect(p).toBeLessThan(5_200);
    const l = count({ ...M, people: 1_000_000 });
    expect(l).toBeGreaterThanOrEqual(15_000);
    expect(l).toBeLessThanOrEqual(20_100);
  }, 60_000);

  it('gives everyone a place of their area, kind and sector, open when they were admitted', () => {
    const { wrong, byKind } = m();
    expect(wrong).toEqual([]);
    expect([...byKind.keys()].sort()).toEqual(['enterprise', 'residential', 'school']);
    expect([...byKind.values()].reduce((sum, count) => sum + count)).toBe(100_000);
  }, 60_000);

  it('writes records the contract accepts: five years of figures, one per place and year', () => {
    const { stream, places, units, placeFigures } = m();
    for (const place of stream.places) expect(placeSchema.parse(place)).toEqual(place);
    expect(new Set(stream.places.map((place) => place.id)).size).toBe(stream.places.length);
    const years = new Map<string, number[]>();
    for (const figure of placeFigures) {
      expect(placeFigureSchema.parse(figure)).toEqual(figure);
      expect(places.has(figure.placeId)).toBe(true);
      years.set(figure.placeId, [...(years.get(figure.placeId) ?? []), figure.year]);
    }
    expect(new Set(placeFigures.map((figure) => figure.id)).size).toBe(placeFigures.length);
    for (const place of stream.places) {
      expect(units.has(place.unitId)).toBe(true);
      expect(years.get(place.id)).toEqual(place.closedOn ? [2022, 2023, 2024, 2025] : YEARS);
      if (place.successorId) expect(places.get(place.successorId)?.closedOn).toBeNull();
    }
    const closed = stream.places.filter((place) => place.closedOn);
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((place) => place.kind === 'residential')).toBe(true);
  }, 60_000);

  it('owns each place by the unit that answers for it', () => {
    const { stream, units } = m();
    const enterpriseSector: Record<string, string> = {
      non_state_enterprise: 'non_state',
      fdi_enterprise: 'fdi',
      state_enterprise: 'state',
    };
    for (const place of stream.places) {
      const owner = units.get(place.unitId) as Unit;
      expect(owner.closedOn).toBeNull();
      if (place.kind === 'residential') expect(isCommune(owner)).toBe(true);
      if (place.kind === 'school') expect(isCommune(owner) || owner.sector === 'school').toBe(true);
      if (place.kind === 'enterprise' && !isCommune(owner)) {
        // An enterprise with its own party unit: its sector, and that organisation every year.
        expect(enterpriseSector[owner.sector ?? '']).toBe(place.enterpriseSector);
      }
      expect(place.enterpriseSector !== null).toBe(place.kind === 'enterprise');
    }
    // Names a reader would not take for a mistake: every school and enterprise named once.
    const named = stream.places.filter((place) => place.kind !== 'residential');
    expect(new Set(named.map((place) => place.name)).size).toBe(named.length);
    const taxCodes = named.filter((place) => place.kind === 'enterprise').map((p) => p.code);
    expect(taxCodes.every((code) => /^\d{10}$/.test(code ?? ''))).toBe(true);
    expect(new Set(taxCodes).size).toBe(taxCodes.length);
  }, 60_000);
});

describe("the demo province: its places' figures", () => {
  it("comes near the province's report: hamlets with their own chi bộ, few enterprises organised", () => {
    const { stream, places, units, placeFigures } = m();
    const last = placeFigures.filter((figure) => figure.year === 2026);
    const hamlets = last.filter((figure) => places.get(figure.placeId)?.kind === 'residential');
    const own = hamlets.filter((figure) => figure.partyOrganisation === 'own').length;
    expect(share(own, hamlets.length)).toBeGreaterThan(0.95);
    expect(share(own, hamlets.length)).toBeLessThan(0.99);
    const zero = hamlets.filter((figure) => figure.partyMembers === 0).length;
    expect(zero).toBeGreaterThan(0);
    expect(share(zero, hamlets.length)).toBeLessThan(0.03);
    for (const figure of hamlets) {
      expect(figure.households).toBeGreaterThanOrEqual(80);
      expect(figure.households).toBeLessThanOrEqual(600);
      expect(figure.partyMembers).toBeLessThanOrEqual(40);
    }

    const enterprises = stream.places.filter((place) => place.kind === 'enterprise');
    const bySector = (sector: string) =>
      share(
        enterprises.filter((place) => place.enterpriseSector === sector).length,
        enterprises.length,
      );
    expect(bySector('non_state')).toBeGreaterThan(0.85);
    expect(bySector('fdi')).toBeGreaterThan(0.03);
    expect(bySector('state')).toBeGreaterThan(0.03);
    const of = (sector: string) =>
      last.filter((figure) => places.get(figure.placeId)?.enterpriseSector === sector);
    const organised = (list: typeof last) =>
      share(list.filter((figure) => figure.partyOrganisation !== 'none').length, list.length);
    expect(organised(of('non_state'))).toBeGreaterThan(0.01);
    expect(organised(of('non_state'))).toBeLessThan(0.04);
    expect(organised(of('fdi'))).toBeLessThan(0.2);
    expect(organised(of('state'))).toBeGreaterThan(0.5);
    const workers = last.filter((figure) => figure.workers !== null);
    const small = workers.filter((figure) => (figure.workers as number) < 10).length;
    expect(share(small, workers.length)).toBeGreaterThan(0.5);
    expect(workers.some((figure) => (figure.workers as number) >= 1_000)).toBe(true);
    const large = workers.filter((figure) => (figure.workers as number) >= 50);
    expect(share(large.filter((figure) => figure.tradeUnion).length, large.length)).toBeGreaterThan(
      0.7,
    );
    // An enterprise with a party unit of its own in the tree has that organisation every year.
    const committee = new Set(
      enterprises.filter((place) => !isCommune(units.get(place.unitId))).map((place) => place.id),
    );
    expect(committee.size).toBeGreaterThan(0);
    for (const figure of placeFigures.filter((figure) => committee.has(figure.placeId))) {
      expect(figure.partyOrganisation).toBe('own');
    }
    const schools = last.filter((figure) => figure.grade12Students !== null);
    expect(schools.length).toBeGreaterThan(0);
    for (const figure of schools) {
      expect(figure.grade12Students).toBeGreaterThanOrEqual(150);
      expect(figure.grade12Students).toBeLessThanOrEqual(700);
    }
  }, 60_000);

  it('changes the figures slowly from year to year', () => {
    const { stream, placeFigures } = m();
    const merged = new Set(stream.places.map((place) => place.successorId));
    const byPlace = new Map<string, typeof placeFigures>();
    for (const figure of placeFigures) {
      byPlace.set(figure.placeId, [...(byPlace.get(figure.placeId) ?? []), figure]);
    }
    for (const [placeId, figures] of byPlace) {
      if (merged.has(placeId)) continue;
      for (let k = 1; k < figures.length; k += 1) {
        const [before, after] = [figures[k - 1], figures[k]];
        const size = (figure: typeof before) =>
          figure?.households ?? figure?.grade12Students ?? figure?.workers ?? 0;
        expect(Math.abs(size(after) - size(before))).toBeLessThanOrEqual(size(before) * 0.13 + 1);
      }
    }
  }, 60_000);

  it('never counts a member in a hamlet without members, save the first member of the period', () => {
    const { places, placeFigures, admissions } = m();
    const firstMembers: number[] = [];
    for (const figure of placeFigures) {
      if (places.get(figure.placeId)?.kind !== 'residential' || figure.partyMembers !== 0) continue;
      const admitted = admissions.get(figure.placeId) ?? [];
      // The figures are as at 1 January: no one was admitted before.
      expect(admitted.filter((day) => day < `${figure.year}-01-01`)).toEqual([]);
      const first = admitted.filter((day) => day.startsWith(String(figure.year)));
      if (first.length > 0) firstMembers.push(figure.year);
      expect(first.length).toBeLessThanOrEqual(1);
    }
    // This year's first member among them, so that the dashboard's default period names one.
    expect(firstMembers).toContain(2026);
    expect(firstMembers).toContain(2025);
  }, 60_000);
});
