// The order of the admission procedure's steps: read by the person form's rules
// (person-rules.ts) and the data checks (quality-checks.ts). No Zod here: the checks' aggregate is
// kept with every write of people, on the first screen. The code lists' MILESTONE_KEYS are
// this chain and the removal.
import type { MilestoneKey } from './code-lists';

/** The admission procedure in order: no step may be dated before an earlier one. */
export const MILESTONE_CHAIN = [
  'sourcedOn',
  'awarenessCertOn',
  'applicationOn',
  'cellResolutionOn',
  'decisionOn',
  'admittedOn',
  'officialOn',
] as const;

/**
 * Steps of the admission chain that cannot exist without the one before: no decision without a
 * chi bộ resolution, no ceremony without a decision, no official membership without admission.
 * Earlier steps (certificate, application) may be missing in old records, so they are not required.
 */
export const MILESTONE_REQUIRES: Partial<Record<MilestoneKey, MilestoneKey>> = {
  decisionOn: 'cellResolutionOn',
  admittedOn: 'decisionOn',
  officialOn: 'admittedOn',
};
