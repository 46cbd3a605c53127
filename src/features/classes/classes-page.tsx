// /classes: the training classes of the scope; ?edit=new or ?edit=<id> opens the form in place,
// so the browser's Back button leaves the form and a reload keeps it open.
import { useState } from 'react';
import { Link, useSearchParams } from '@/ui/router';
import type { TrainingClass } from '@/domain/entities';
import { useI18n } from '@/i18n/i18n';
import { storageErrorMessage } from '@/queries/storage-error-message';
import { useScope, type Scope } from '@/queries/units';
import { Alert, Loading, PageHeader, useScreenReady } from '@/ui/components';
import { LinkButton, Loaded } from '@/ui/page-components';
import { ClassForm } from './class-form';
import { ClassList } from './class-list';
import { useAttendance, useAttendees, useClasses } from './classes-query';
import { useDeleteClass } from './delete-class';
import './classes.css';

export default function ClassesPage() {
  return <Loaded value={useScope().scope}>{(scope) => <ClassesScreen scope={scope} />}</Loaded>;
}

function ClassesScreen({ scope }: { scope: Scope }) {
  const { t, number } = useI18n();
  const [params, setParams] = useSearchParams();
  const editing = params.get('edit');
  const classes = useClasses(scope);
  const attendance = useAttendance(scope, classes.data !== undefined);
  const remove = useDeleteClass();
  useScreenReady('classes', Boolean(classes.data && attendance.data));
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const close = (next: typeof notice) => {
    setNotice(next);
    setParams({}, { replace: false });
  };

  const onDelete = async (item: TrainingClass, picked: number) => {
    const question = t(picked > 0 ? 'classes.delete.confirmLinked' : 'classes.delete.confirm', {
      title: item.title,
      count: number(picked),
    });
    if (!window.confirm(question)) return;
    try {
      await remove.mutateAsync(item.id);
      setNotice({ tone: 'ok', text: t('classes.delete.done', { title: item.title }) });
    } catch (error) {
      setNotice({ tone: 'error', text: storageErrorMessage(t, error, 'delete') });
    }
  };

  if (classes.isLoading) return <Loading label={t('common.loading')} />;
  if (classes.error) {
    return <Alert tone="error">{t('common.error', { message: classes.error.message })}</Alert>;
  }
  const allClasses = classes.data ?? [];

  if (!editing && (attendance.isLoading || attendance.error)) {
    return attendance.error ? (
      <Alert tone="error">{t('common.error', { message: attendance.error.message })}</Alert>
    ) : (
      <Loading label={t('common.loading')} />
    );
  }

  if (editing) {
    return (
      <>
        <PageHeader
          title={t('classes.title')}
          actions={<LinkButton to="/classes" label={t('classes.backToList')} />}
        />
        <ClassEditor
          key={editing}
          scope={scope}
          classId={editing === 'new' ? null : editing}
          classes={allClasses}
          onSaved={(saved, picked) =>
            close({
              tone: 'ok',
              text: t('classes.saved', { title: saved.title, count: number(picked) }),
            })
          }
          onCancel={() => close(null)}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('classes.title')}
        description={t('classes.description')}
        actions={
          allClasses.length > 0 ? (
            <LinkButton to="?edit=new" label={t('classes.add')} primary />
          ) : null
        }
      />
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <ClassList
        scope={scope}
        classes={allClasses}
        counts={attendance.data ?? new Map()}
        onDelete={onDelete}
        deleting={remove.isPending ? (remove.variables ?? null) : null}
      />
    </>
  );
}

function ClassEditor({
  scope,
  classId,
  classes,
  onSaved,
  onCancel,
}: {
  scope: Scope;
  classId: string | null;
  classes: readonly TrainingClass[];
  onSaved: (saved: TrainingClass, picked: number) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const attendees = useAttendees(classId);
  const found = classId ? classes.find((item) => item.id === classId) : undefined;
  // A class deleted meanwhile in another tab keeps its open form and input; the save says so.
  const [opened] = useState(found);
  const existing = found ?? opened;
  if (classId && !existing) {
    return (
      <Alert tone="warn">
        {t('classes.notFound')} <Link to="/classes">{t('classes.backToList')}</Link>
      </Alert>
    );
  }
  if (classId && attendees.isLoading) return <Loading label={t('common.loading')} />;
  return (
    <ClassForm
      scope={scope}
      existing={existing}
      attendees={attendees.data ?? []}
      classes={classes}
      onSaved={onSaved}
      onCancel={onCancel}
    />
  );
}
