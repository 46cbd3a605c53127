// Admissions by unit and year for quota progress and admission rates, from the stored aggregates
// (never the people): one read of a few records for the whole store, shared by every screen.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { readAdmissionBlocks } from '@/db/dashboard-repo';
import { tallyOfBlocks } from '@/domain/admission-tally';
import { queryKeys } from './keys';

export const admissionTallyQuery = queryOptions({
  queryKey: queryKeys.admissions,
  queryFn: async () => tallyOfBlocks(await readAdmissionBlocks()),
});

export function useAdmissionTally() {
  return useQuery(admissionTallyQuery);
}
