// Types of the admission pipeline, shared by the rules and the screens.

/** Stages in order; a person's stage is derived from the milestones, never stored in files. */
export const STAGES = [
  'source',
  'certified',
  'applied',
  'resolved',
  'decided',
  'probation',
  'official',
  'removed',
] as const;
export type Stage = (typeof STAGES)[number];
