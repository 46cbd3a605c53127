// The frame both sections of the page share: heading and intro, an "add" button, the form
// while adding or editing, an empty state that offers the same button, then the list.
import type { ReactNode } from 'react';
import { EmptyState } from '@/ui/components';

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
