// Which milestone dates the person form shows before "more". Each native date field is three or
// four Tab stops (day, month, year, the picker), so nine of them put the "Lưu" button 56 Tabs
// away. The form shows what a secretary is most likely to touch: every step already dated, the
// steps before the last dated one (a gap there is an error to fill), the next step, and any field
// with an error (or, for the decision, a decision number typed); "removed" only when dated. The
// rest waits behind one button.
import { MILESTONE_KEYS, type MilestoneKey } from '@/domain/code-lists';

const CHAIN = MILESTONE_KEYS.filter((key) => key !== 'removedOn');

export function milestonesShown(
  values: Partial<Record<MilestoneKey, string | null | undefined>>,
  /** Shown whatever their date: fields with an error, the decision when its number is typed. */
  kept: ReadonlySet<MilestoneKey>,
  all: boolean,
): MilestoneKey[] {
  if (all) return [...MILESTONE_KEYS];
  const dated = (key: MilestoneKey) => Boolean(values[key]);
  const last = CHAIN.reduce((found, key, index) => (dated(key) ? index : found), -1);
  return MILESTONE_KEYS.filter((key) => {
    if (kept.has(key) || dated(key)) return true;
    if (key === 'removedOn') return false;
    return CHAIN.indexOf(key) <= last + 1;
  });
}
