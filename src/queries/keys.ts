// Query-key factories. Local data never goes stale by itself (staleTime: Infinity): every
// mutation and every import invalidates what it touched (here: everything, it is all local).
export const queryKeys = {
  installation: ['installation'] as const,
  language: ['language'] as const,
  units: ['units'] as const,
  unitHistory: (unitId: string) => ['units', unitId, 'history'] as const,
  people: (scope: string, stage?: string) => ['people', scope, stage ?? 'all'] as const,
  /** The people list's entries of a scope (the list aggregate, not the people's records). */
  peopleList: (scope: string) => ['people', scope, 'list'] as const,
  person: (id: string) => ['person', id] as const,
  classes: (scope: string) => ['classes', scope] as const,
  classAttendees: (classId: string) => ['classes', classId, 'attendees'] as const,
  targets: (scope: string) => ['targets', scope] as const,
  memberCounts: (scope: string) => ['memberCounts', scope] as const,
  /** Admissions by unit and year, from the aggregates: one for the whole store. */
  admissions: ['admissions'] as const,
};
