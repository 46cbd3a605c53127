// The frame both sections of the page share: heading and intro, an "add" button, the form
// while adding or editing, an empty state that offers the same button, then the list; and the
// pieces of the list (edit and delete in each row, the delete asked first).
import { useState, type ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n';
import { useStorageErrorMessage } from '@/queries/storage-error-message';
import { EmptyState } from '@/ui/components';

/** Tells the page what happened (the notice above both sections). */
export type Notify = (tone: 'ok' | 'error', text: string) => void;

interface EditableSectionProps {
  headingId: string;
  heading: string;
  intro: string;
  addLabel: string;
  emptyTitle: string;
  emptyBody: string;
  isEmpty: boolean;
  /** The add/edit form, or null when nothing is being edited. */
  form: ReactNode;
  onAdd: () => void;
  children: ReactNode;
}

export function EditableSection(props: EditableSectionProps) {
  const { headingId, heading, intro, addLabel, emptyTitle, emptyBody, isEmpty, form, onAdd } =
    props;
  const addButton = (
    <button type="button" className="button button--primary" onClick={onAdd}>
      {addLabel}
    </button>
  );
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="section-header">
        <div>
          <h2 id={headingId}>{heading}</h2>
          <p className="muted">{intro}</p>
        </div>
        {form === null && !isEmpty ? addButton : null}
      </div>
      {form}
      {isEmpty && form === null ? (
        <EmptyState title={emptyTitle} action={addButton}>
          {emptyBody}
        </EmptyState>
      ) : null}
      {props.children}
    </section>
  );
}

/** Which record the section's form edits: `{ id: null }` adds one; null, no form open. */
export function useEditing(notify: Notify) {
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  return {
    editing,
    add: () => setEditing({ id: null }),
    edit: (id: string) => setEditing({ id }),
    /** The form closed: after a save, its notice goes to the page. */
    done: (notice: string | null) => {
      setEditing(null);
      if (notice) notify('ok', notice);
    },
  };
}

/**
 * Deletes a record once the user confirms; a failure (a full disk, a closed database…) is worded
 * as for a save, by useStorageErrorMessage.
 */
export function useConfirmedDelete(
  remove: { mutateAsync: (id: string) => Promise<unknown> },
  notify: Notify,
) {
  const errorMessage = useStorageErrorMessage();
  return async (id: string, text: { confirm: string; done: string }) => {
    if (!window.confirm(text.confirm)) return;
    try {
      await remove.mutateAsync(id);
      notify('ok', text.done);
    } catch (error) {
      notify('error', errorMessage(error, 'delete'));
    }
  };
}

/** A row's edit and delete buttons, named for the record they act on. */
export function RowActions(props: {
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useI18n();
  return (
    <td className="row-actions">
      <button
        type="button"
        className="button button--small"
        onClick={props.onEdit}
        aria-label={props.editLabel}
      >
        {t('common.edit')}
      </button>
      <button
        type="button"
        className="button button--small button--danger"
        onClick={props.onDelete}
        aria-label={props.deleteLabel}
      >
        {t('common.delete')}
      </button>
    </td>
  );
}
