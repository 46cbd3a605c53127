// An import's place figures. Besides the rule of every record (merged by id, the newer
// updatedAt wins), a place has at most one figure per year: a figure of the file meeting another
// stored figure of the same place and year (made by another tool, or by another installation)
// replaces it when it is newer, and is stale when it is not. The replaced figure is deleted
// without a tombstone: the newer figure for that year is what travels on.
import type { PlaceFigure } from '@/domain/entities';
import { later } from './exchange-tables';
import { writeStillNewer, type ApplyContext, type RecordStep } from './import-context';

const slotOf = (figure: Pick<PlaceFigure, 'placeId' | 'year'>) =>
  `${figure.placeId}:${figure.year}`;

/** The stored figures of the places and years the file's figures name, by place and year. */
async function storedSlots(
  context: ApplyContext,
  figures: readonly PlaceFigure[],
): Promise<Map<string, PlaceFigure[]>> {
  const keys = [...new Map(figures.map((f) => [slotOf(f), [f.placeId, f.year]])).values()];
  const rows =
    keys.length === 0
      ? []
      : await context.d.placeFigures.where('[placeId+year]').anyOf(keys).toArray();
  const slots = new Map<string, PlaceFigure[]>();
  for (const row of rows) {
    const list = slots.get(slotOf(row));
    if (list) list.push(row);
    else slots.set(slotOf(row), [row]);
  }
  return slots;
}

export const placeFigureStep: RecordStep<'placeFigure'> = {
  async write(context) {
    const figures = context.plan.writes.placeFigures;
    const slots = await storedSlots(context, figures);
    const counts = context.counts.placeFigure;
    const contenders: PlaceFigure[] = [];
    const replaced = new Map<string, string[]>();
    let stale = 0;
    for (const figure of figures) {
      const others = (slots.get(slotOf(figure)) ?? []).filter((row) => row.id !== figure.id);
      if (others.some((row) => !later(figure.updatedAt, row.updatedAt))) {
        stale += 1;
        continue;
      }
      contenders.push(figure);
      if (others.length > 0)
        replaced.set(
          figure.id,
          others.map((row) => row.id),
        );
    }
    const { accepted, before } = await writeStillNewer(context, 'placeFigure', contenders);
    const doomed: string[] = [];
    accepted.forEach((figure, index) => {
      const gone = replaced.get(figure.id);
      if (!gone) return;
      doomed.push(...gone);
      // A figure for the same place and year, under another id: an update of that year's figures.
      if (before[index] === undefined) {
        counts.created -= 1;
        counts.updated += 1;
      }
    });
    counts.stale += stale;
    if (doomed.length > 0) await context.d.placeFigures.bulkDelete(doomed);
  },
  // A figure belongs to its place's unit: the planner found it (in the file or the store).
  ownerOf: () => undefined,
};
