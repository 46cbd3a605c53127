// Why a backup could not be made or restored. Kept apart from backup.ts (zod, the whole format)
// so that the page's side (backup-client.ts) and the first-run page stay light. A file that is
// not a valid exchange document at all is refused earlier, with an ImportError (errors.ts).
import type { Translate } from '@/i18n/translate';
import { importErrorMessage, isImportErrorData, type ImportErrorData } from './errors';

export const BACKUP_ERROR_CODES = [
  /** A valid exchange file without the backup member: an export, not a backup. */
  'notBackup',
  /** The backup member (or its agreement with the records) is not what this app writes. */
  'invalidBackup',
  'newerBackupVersion',
  /** The store holds no unit: there is nothing a backup could name as its source. */
  'nothingToBackUp',
  /** The backup holds the province's private key under a passphrase, and none was given. */
  'passphraseRequired',
  'wrongPassphrase',
] as const;
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];

export interface BackupErrorData {
  code: BackupErrorCode;
  file?: string;
  /** Where in the backup member, dotted (`installationBackup.unitEvents[3].at`). */
  field?: string;
}

export class BackupError extends Error implements BackupErrorData {
  readonly code: BackupErrorCode;
  readonly file?: string;
  readonly field?: string;

  constructor(data: BackupErrorData) {
    super(`backup: ${data.code}${data.field ? ` (${data.field})` : ''}`);
    this.name = 'BackupError';
    this.code = data.code;
    if (data.file !== undefined) this.file = data.file;
    if (data.field !== undefined) this.field = data.field;
  }

  /** The structured-clone-safe form, for postMessage. */
  toData(): BackupErrorData {
    const data: BackupErrorData = { code: this.code };
    if (this.file !== undefined) data.file = this.file;
    if (this.field !== undefined) data.field = this.field;
    return data;
  }
}

export function isBackupErrorData(value: unknown): value is BackupErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    (BACKUP_ERROR_CODES as readonly string[]).includes((value as BackupErrorData).code)
  );
}

/** The message of any failure of a backup or a restore, in the user's language. */
export function backupErrorMessage(error: unknown, t: Translate): string {
  if (isBackupErrorData(error)) {
    return t(`settings.backup.error.${error.code}`, {
      file: error.file ?? '',
      field: error.field ?? '',
    });
  }
  if (isImportErrorData(error)) return importErrorMessage(error as ImportErrorData, t);
  const message = error instanceof Error ? error.message : String(error);
  return t('settings.backup.error.other', { message });
}
