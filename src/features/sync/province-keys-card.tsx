// The province's key pair: create it (with the passphrase backup, downloaded at once), download
// the backup again, restore from a backup; then the units' keys the province trusts.
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { MIN_PASSPHRASE_LENGTH } from '@/exchange/key-backup';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Alert, Loading } from '@/ui/components';
import { TableHead } from '@/ui/page-components';
import { Field } from '@/ui/field';
import { PassphraseField } from '@/ui/passphrase-field';
import { groupedFingerprint } from './fingerprint';
import {
  createKeysSchema,
  downloadBackup,
  keyErrorMessage,
  provinceKeysQuery,
  restoreKeysSchema,
  trustedUnitKeysQuery,
  useCreateProvinceKeys,
  useRestoreProvinceKeys,
  type CreateKeysValues,
  type RestoreKeysValues,
} from './province-keys';

type Notice = { tone: 'ok' | 'error'; text: string } | null;

export function ProvinceKeysCard() {
  const { t, dateTime } = useI18n();
  const keys = useQuery(provinceKeysQuery);
  const [notice, setNotice] = useState<Notice>(null);

  return (
    <section className="card" aria-labelledby="sync-keys">
      <h2 id="sync-keys">{t('sync.keys.title')}</h2>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {keys.isLoading ? <Loading label={t('common.loading')} /> : null}
      {keys.data ? (
        <>
          <dl className="sync-facts">
            <div>
              <dt>{t('sync.keys.fingerprint')}</dt>
              <dd>
                <code>{groupedFingerprint(keys.data.keyId)}</code>
              </dd>
            </div>
            <div>
              <dt>{t('sync.keys.createdAt')}</dt>
              <dd>{dateTime(keys.data.createdAt)}</dd>
            </div>
          </dl>
          <Alert tone="warn">{t('sync.keys.lostWarning')}</Alert>
          {keys.data.backup ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                if (keys.data?.backup) downloadBackup(keys.data.keyId, keys.data.backup);
              }}
            >
              {t('sync.keys.backup')}
            </button>
          ) : (
            <p className="muted">{t('sync.keys.noBackup')}</p>
          )}
        </>
      ) : null}
      {keys.data === null ? (
        <>
          <p className="muted sync-text">{t('sync.keys.none')}</p>
          <Alert tone="warn">{t('sync.keys.lostWarning')}</Alert>
          <CreateKeysForm onNotice={setNotice} />
        </>
      ) : null}
      {keys.data !== undefined ? (
        <details className="sync-details">
          <summary>{t('sync.keys.restoreTitle')}</summary>
          {keys.data ? <p className="muted sync-text">{t('sync.keys.replaceWarning')}</p> : null}
          <RestoreKeysForm onNotice={setNotice} />
        </details>
      ) : null}
    </section>
  );
}

function CreateKeysForm({ onNotice }: { onNotice: (notice: Notice) => void }) {
  const { t, tMessage } = useI18n();
  const create = useCreateProvinceKeys();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateKeysValues>({
    resolver: zodResolver(createKeysSchema),
    defaultValues: { passphrase: '', confirm: '' },
  });
  const message = (key: string | undefined) => (key ? tMessage(key) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    onNotice(null);
    try {
      const { fileName } = await create.mutateAsync(values);
      reset();
      onNotice({ tone: 'ok', text: t('sync.keys.created', { file: fileName ?? '—' }) });
    } catch (error) {
      onNotice({
        tone: 'error',
        text: t('sync.keys.failed', { message: keyErrorMessage(error, t) }),
      });
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <div className="form-grid">
        <PassphraseField
          label={t('sync.keys.passphrase')}
          registration={register('passphrase')}
          autoComplete="new-password"
          hint={t('sync.keys.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          error={message(errors.passphrase?.message)}
        />
        <PassphraseField
          label={t('sync.keys.passphraseConfirm')}
          registration={register('confirm')}
          autoComplete="new-password"
          error={message(errors.confirm?.message)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('sync.keys.creating') : t('sync.keys.create')}
        </button>
      </div>
    </form>
  );
}

function RestoreKeysForm({ onNotice }: { onNotice: (notice: Notice) => void }) {
  const { t, tMessage } = useI18n();
  const restore = useRestoreProvinceKeys();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RestoreKeysValues>({
    resolver: zodResolver(restoreKeysSchema),
    defaultValues: { passphrase: '' },
  });
  const message = (key: string | undefined) => (key ? tMessage(key) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    onNotice(null);
    try {
      const keys = await restore.mutateAsync(values);
      reset();
      onNotice({
        tone: 'ok',
        text: t('sync.keys.restored', { fingerprint: groupedFingerprint(keys.keyId) }),
      });
    } catch (error) {
      onNotice({
        tone: 'error',
        text: t('sync.keys.failed', { message: keyErrorMessage(error, t) }),
      });
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <div className="form-grid">
        <Field label={t('sync.keys.restoreFile')} error={message(errors.files?.message)} required>
          <input type="file" accept=".json,application/json" {...register('files')} />
        </Field>
        <PassphraseField
          label={t('sync.keys.restorePassphrase')}
          registration={register('passphrase')}
          autoComplete="current-password"
          error={message(errors.passphrase?.message)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('sync.keys.restoring') : t('sync.keys.restore')}
        </button>
      </div>
    </form>
  );
}

export function UnitKeysCard({ scope }: { scope: Scope }) {
  const { t, dateTime } = useI18n();
  const keys = useQuery(trustedUnitKeysQuery);
  return (
    <section className="card" aria-labelledby="sync-unit-keys">
      <h2 id="sync-unit-keys">{t('sync.unitKeys.title')}</h2>
      {keys.isLoading ? <Loading label={t('common.loading')} /> : null}
      {keys.data?.length === 0 ? (
        <p className="muted sync-text">{t('sync.unitKeys.empty')}</p>
      ) : null}
      {keys.data && keys.data.length > 0 ? (
        <table className="table" aria-labelledby="sync-unit-keys">
          <TableHead
            columns={[
              t('sync.unitKeys.unit'),
              t('sync.unitKeys.fingerprint'),
              t('sync.unitKeys.learned'),
            ]}
          />
          <tbody>
            {[...keys.data]
              .sort((a, b) =>
                scope.unitName(a.unitId).localeCompare(scope.unitName(b.unitId), 'vi'),
              )
              .map((key) => (
                <tr key={key.unitId}>
                  <th scope="row">{scope.unitName(key.unitId)}</th>
                  <td>
                    <code>{groupedFingerprint(key.keyId)}</code>
                  </td>
                  <td>
                    {t(`sync.unitKeys.source.${key.source}`, { date: dateTime(key.trustedAt) })}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
