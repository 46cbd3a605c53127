// Shared presentational pieces. No data access here: props in, markup out.
import type { ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n';
import { Link } from './router';

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {description ? <p>{description}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="empty" role="status">
      <h2>{title}</h2>
      {children ? <p>{children}</p> : null}
      {action}
    </div>
  );
}

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

export type AlertTone = 'error' | 'warn' | 'ok' | 'info';

export function Alert({ tone, children }: { tone: AlertTone; children: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

export function Stat({
  label,
  value,
  hint,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
}) {
  return (
    <div className="stat">
      <div className="stat__label">{label}</div>
      <div className="stat__value">{value}</div>
      {hint ? <div className="stat__hint">{hint}</div> : null}
    </div>
  );
}

export function Badge({
  tone,
  children,
}: {
  tone?: 'ok' | 'warn' | 'danger' | 'primary';
  children: ReactNode;
}) {
  return <span className={tone ? `badge badge--${tone}` : 'badge'}>{children}</span>;
}

export function Loading({ label }: { label: string }) {
  return (
    <p className="muted" role="status" aria-live="polite">
      {label}
    </p>
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

/**
 * A wide table's box: it scrolls inside instead of the page, and the keyboard can reach it to
 * scroll (a labelled region in the tab order). Named by `label`, or by the element `labelledBy`.
 */
export function ScrollRegion({
  label,
  labelledBy,
  children,
}: { children: ReactNode } & (
  { label: string; labelledBy?: undefined } | { labelledBy: string; label?: undefined }
)) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={label}
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
