// Saving a person from the form: the zod schema of the rules feeds the resolver, and the save
// goes through useLocalMutation so every screen re-reads.
import { zodResolver } from '@hookform/resolvers/zod';
import { deletePerson, savePerson } from '@/db/people-repo';
import { newId } from '@/domain/entities';
import { personFormSchema, type PersonDraft } from '@/domain/person-rules';
import { useLocalMutation } from '@/queries/mutation';

export const personFormResolver = zodResolver(personFormSchema);

export interface SavePersonInput {
  /** Absent for a new person. */
  id?: string | undefined;
  draft: PersonDraft;
}

export function useSavePerson() {
  return useLocalMutation(({ id, draft }: SavePersonInput) =>
    savePerson({ ...draft, id: id ?? newId() }),
  );
}

export function useDeletePerson() {
  return useLocalMutation((id: string) => deletePerson(id));
}
