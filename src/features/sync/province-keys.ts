// The province's key pair (create with a passphrase backup, download the backup, restore from
// one) and the units' keys it trusts. The design is in docs/sealed-envelope.md: the private key
// is kept non-extractable, so the backup made at creation is the only way it leaves this machine.
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod';
import { getProvinceKeys, listTrustedUnitKeys } from '@/db/keys-repo';
import {
  createProvinceKeysUnderPassphrase,
  isStrongEnough,
  KEY_BACKUP_EXTENSION,
  KeyBackupError,
  restoreProvinceKeys,
} from '@/exchange/key-backup';
import type { Translate } from '@/i18n/i18n';
import { useLocalMutation } from '@/queries/mutation';
import { downloadJson } from '@/ui/download';

export const provinceKeysQuery = queryOptions({
  queryKey: ['sync', 'provinceKeys'] as const,
  queryFn: getProvinceKeys,
});

export const trustedUnitKeysQuery = queryOptions({
  queryKey: ['sync', 'trustedUnitKeys'] as const,
  queryFn: listTrustedUnitKeys,
});

/** The file name of the province key pair's passphrase backup. */
export function keyBackupFileName(keyId: string): string {
  return `ptdv-khoa-tinh-uy-${keyId}${KEY_BACKUP_EXTENSION}`;
}

export function downloadBackup(keyId: string, backup: string): string {
  const fileName = keyBackupFileName(keyId);
  downloadJson(backup, fileName);
  return fileName;
}

export const createKeysSchema = z
  .object({
    passphrase: z.string().refine(isStrongEnough, { message: 'sync.keys.backup.weakPassphrase' }),
    confirm: z.string(),
  })
  .refine((values) => values.passphrase === values.confirm, {
    message: 'sync.keys.mismatch',
    path: ['confirm'],
  });
export type CreateKeysValues = z.infer<typeof createKeysSchema>;

/** Creates the pair and downloads its backup at once: later the key cannot be exported. */
export function useCreateProvinceKeys() {
  return useLocalMutation(async ({ passphrase }: CreateKeysValues) => {
    const keys = await createProvinceKeysUnderPassphrase(passphrase);
    const fileName = keys.backup ? downloadBackup(keys.keyId, keys.backup) : null;
    return { keys, fileName };
  });
}

export const restoreKeysSchema = z.object({
  files: z
    .custom<FileList>((value) => typeof value === 'object' && value !== null)
    .refine((files) => files.length > 0, { message: 'sync.keys.fileRequired' }),
  passphrase: z.string().min(1, { message: 'validation.required' }),
});
export type RestoreKeysValues = z.infer<typeof restoreKeysSchema>;

export function useRestoreProvinceKeys() {
  return useLocalMutation(async ({ files, passphrase }: RestoreKeysValues) => {
    const file = files[0];
    if (!file) throw new KeyBackupError('notBackup');
    return restoreProvinceKeys(await file.text(), passphrase);
  });
}

/** The message of a failed key operation: a KeyBackupError has its own text. */
export function keyErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof KeyBackupError) return t(error.messageKey);
  return (error as Error).message;
}
