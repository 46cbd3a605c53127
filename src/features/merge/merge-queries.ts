// Reading a duplicate pair (both records, the names of the classes and places they link to, the
// undo of the last merge, the pairs marked different) and the merge's writes, through the one
// mutation hook that re-reads every screen afterwards.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getClass } from '@/db/classes-repo';
import {
  lastMerge,
  listNotSame,
  markNotSame,
  mergePeople,
  undoLastMerge,
  unmarkNotSame,
  type MergeRequest,
} from '@/db/merge-repo';
import { getPerson } from '@/db/people-repo';
import { getPlace } from '@/db/places-repo';
import { queryKeys } from '@/queries/keys';
import { useLocalMutation } from '@/queries/mutation';

function personQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.person(id),
    queryFn: async () => (await getPerson(id)) ?? null,
  });
}

export function usePairPerson(id: string) {
  return useQuery({ ...personQuery(id), enabled: id !== '' });
}

export function useLastMerge() {
  return useQuery({ queryKey: ['merge', 'last'], queryFn: lastMerge });
}

export function useNotSame() {
  return useQuery({ queryKey: ['merge', 'notSame'], queryFn: listNotSame });
}

/** The titles of the classes and the names of the places the two records link to, by id. */
export function useLinkNames(classIds: readonly string[], placeIds: readonly string[]) {
  return useQuery({
    queryKey: ['merge', 'links', ...classIds, '|', ...placeIds],
    queryFn: async () => {
      const names = new Map<string, string>();
      const [classes, places] = await Promise.all([
        Promise.all(classIds.map((id) => getClass(id))),
        Promise.all(placeIds.map((id) => getPlace(id))),
      ]);
      for (const item of classes) if (item) names.set(item.id, item.title);
      for (const item of places) if (item) names.set(item.id, item.name);
      return names;
    },
  });
}

export function useMergePeople() {
  return useLocalMutation((request: MergeRequest) => mergePeople(request));
}

export function useUndoMerge() {
  return useLocalMutation(() => undoLastMerge());
}

export function useMarkNotSame() {
  return useLocalMutation(({ a, b, same }: { a: string; b: string; same: boolean }) =>
    same ? unmarkNotSame(a, b) : markNotSame(a, b),
  );
}
