// Pieces the pages share that the first screen does not draw: kept apart from components.tsx,
// which the shell loads, so that they travel with the pages. Props in, markup out.
import type { ReactNode } from 'react';
import type { Unit } from '@/domain/entities';
import type { TreeNode } from '@/domain/unit-tree';
import { useI18n } from '@/i18n/i18n';
import { EmptyState, Loading } from './components';
import { Link } from './router';

/** A link drawn as a button: an empty state's next step, a page's way back. */
export function LinkButton({
  to,
  label,
  primary,
}: {
  to: string;
  label: ReactNode;
  primary?: boolean;
}) {
  return (
    <Link to={to} className={primary ? 'button button--primary' : 'button'}>
      {label}
    </Link>
  );
}

/** An empty state whose next step is a link: what is missing, what to do, where to do it. */
export function EmptyLink({
  title,
  body,
  to,
  label,
  primary,
}: {
  title: string;
  body: ReactNode;
  to: string;
  label: ReactNode;
  primary?: boolean;
}) {
  return (
    <EmptyState title={title} action={<LinkButton to={to} label={label} primary={primary} />}>
      {body}
    </EmptyState>
  );
}

/** A select's options, one a value, each showing `label(value)` (the value itself without). */
export function Options<T extends string | number>({
  values,
  label,
}: {
  values: readonly T[];
  label?: (value: T) => ReactNode;
}) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label ? label(value) : value}
    </option>
  ));
}

/** A select's options for units in tree order, each name indented by its depth; `withCode` adds
 * the unit's code after its name, `note` a word of its own (closed). */
export function UnitTreeOptions<U extends Pick<Unit, 'id' | 'name' | 'code'>>({
  tree,
  withCode,
  note,
}: {
  tree: readonly TreeNode<U>[];
  withCode?: boolean;
  note?: (unit: U) => string;
}) {
  return tree.map(({ unit, depth }) => (
    <option key={unit.id} value={unit.id}>
      {`${'\u00a0\u00a0\u00a0'.repeat(depth)}${unit.name}${withCode ? ` (${unit.code})` : ''}${note?.(unit) ?? ''}`}
    </option>
  ));
}

/** A list's filters: a search landmark whose choices apply as they change (Enter submits nothing). */
export function FilterForm({
  className,
  label,
  children,
}: {
  className: string;
  label: string;
  children: ReactNode;
}) {
  return (
    <form
      className={className}
      role="search"
      aria-label={label}
      onSubmit={(event) => event.preventDefault()}
    >
      {children}
    </form>
  );
}

/** A column heading: its text, or the text with a figure's right alignment, or text only a
 * screen reader reads (the actions column). */
export interface ColumnSpec {
  label: ReactNode;
  num?: boolean;
  hidden?: boolean;
}
export type Column = ReactNode | ColumnSpec;

function isSpec(column: Column): column is ColumnSpec {
  return typeof column === 'object' && column !== null && 'label' in column;
}

/** A table's one heading row, every cell `scope="col"`. */
export function TableHead({
  columns,
  rowIndex,
}: {
  columns: readonly Column[];
  rowIndex?: number;
}) {
  return (
    <thead>
      <tr aria-rowindex={rowIndex}>
        {columns.map((column, index) => {
          const { label, num, hidden } = isSpec(column) ? column : { label: column };
          return (
            <th key={index} scope="col" className={num ? 'num' : undefined}>
              {hidden ? <span className="visually-hidden">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/** What needs a value read first (the scope, a record): the loading line until it is there. */
export function Loaded<T>({
  value,
  children,
}: {
  value: T | null | undefined;
  children: (value: T) => ReactNode;
}) {
  const { t } = useI18n();
  return value ? children(value) : <Loading label={t('common.loading')} />;
}
