// Saving a person from the form: the zod schema of the rules feeds the resolver, and the save
// goes through useLocalMutation so every screen re-reads.
import { zodResolver } from '@hookform/resolvers/zod';
import { deletePerson, savePerson } from '@/db/people-repo';
import { newId, type Person } from '@/domain/entities';
import { personFormSchema, type PersonDraft } from '@/domain/person-rules';
import { useLocalMutation } from '@/queries/mutation';

export const personFormResolver = zodResolver(personFormSchema);

export interface SavePersonInput {
  /** Absent for a new person. */
  id?: string | undefined;
  draft: PersonDraft;
  /** The version the form loaded: another tab's edit since is merged, or reported. */
  base?: Person | undefined;
}

export function useSavePerson() {
  return useLocalMutation(({ id, draft, base }: SavePersonInput) =>
    savePerson({ ...draft, id: id ?? newId() }, base),
  );
}

export function useDeletePerson() {
  return useLocalMutation((id: string) => deletePerson(id));
}
