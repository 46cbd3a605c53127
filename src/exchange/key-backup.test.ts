import { beforeEach, describe, expect, it } from 'vitest';
import {
  getProvinceKeys,
  keyFingerprint,
  PROVINCE_KEY_ALGORITHM,
  SIGNING_KEY_ALGORITHM,
} from '@/db/keys-repo';
import { resetDatabase } from '@/db/schema';
import {
  changeBackupPassphrase,
  createProvinceKeysUnderPassphrase,
  exportPrivateKeyUnderPassphrase,
  importPrivateKeyFromBackup,
  KeyBackupError,
  MIN_PBKDF2_ITERATIONS,
  restoreProvinceKeys,
} from './key-backup';
import { openSealedWithStoredKeys, sealDocument } from './seal';

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

const PASSPHRASE = 'Tỉnh ủy Tân Lập 2026';
const UNIT_ID = '00000000-0000-4000-8000-00000000000a';

// PBKDF2 with 600,000 iterations costs a fraction of a second per derivation.
const SLOW = { timeout: 60_000 };

beforeEach(async () => {
  await resetDatabase();
});

async function provincePair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(PROVINCE_KEY_ALGORITHM, true, ['deriveBits']);
}

async function sharedSecret(privateKey: CryptoKey, publicKey: CryptoKey): Promise<string> {
  const bits = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  return hex(bits);
}

async function backupCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KeyBackupError) return error.code;
    throw error;
  }
  return 'opened';
}

describe('exportPrivateKeyUnderPassphrase and importPrivateKeyFromBackup', () => {
  it('round-trip a province key, non-extractable by default', SLOW, async () => {
    const pair = await provincePair();
    const text = await exportPrivateKeyUnderPassphrase(pair.privateKey, PASSPHRASE);
    const backup = JSON.parse(text) as Record<string, unknown>;
    expect(backup).toMatchObject({
      format: 'ptdv-key-backup',
      version: 1,
      keyType: 'ecdh-p256',
      kdf: { alg: 'PBKDF2-SHA256' },
      cipher: { alg: 'A256GCM' },
    });
    expect((backup.kdf as { iterations: number }).iterations).toBeGreaterThanOrEqual(310_000);
    const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    expect(text).not.toContain(privateJwk.d);

    const restored = await importPrivateKeyFromBackup(text, PASSPHRASE);
    expect(restored.privateKey.extractable).toBe(false);
    expect(restored.keyId).toBe(await keyFingerprint(privateJwk));
    const other = await provincePair();
    expect(await sharedSecret(restored.privateKey, other.publicKey)).toBe(
      await sharedSecret(pair.privateKey, other.publicKey),
    );
  });

  it('opens with the passphrase typed decomposed (NFD) as well', SLOW, async () => {
    const pair = await provincePair();
    const text = await exportPrivateKeyUnderPassphrase(pair.privateKey, PASSPHRASE);
    const restored = await importPrivateKeyFromBackup(text, PASSPHRASE.normalize('NFD'));
    expect(restored.keyType).toBe('ecdh-p256');
  });

  it('backs up a signing key too', SLOW, async () => {
    const pair = await crypto.subtle.generateKey(SIGNING_KEY_ALGORITHM, true, ['sign', 'verify']);
    const text = await exportPrivateKeyUnderPassphrase(pair.privateKey, PASSPHRASE);
    const restored = await importPrivateKeyFromBackup(text, PASSPHRASE);
    expect(restored.keyType).toBe('ecdsa-p256');
    const data = new TextEncoder().encode('ptdv');
    const signature = await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      restored.privateKey,
      data,
    );
    expect(
      await crypto.subtle.verify(
        { name: 'ECDSA', hash: 'SHA-256' },
        pair.publicKey,
        signature,
        data,
      ),
    ).toBe(true);
  });

  it('refuses a wrong passphrase', SLOW, async () => {
    const pair = await provincePair();
    const text = await exportPrivateKeyUnderPassphrase(pair.privateKey, PASSPHRASE);
    expect(await backupCode(importPrivateKeyFromBackup(text, 'Tỉnh ủy Tân Lập 2025'))).toBe(
      'wrongPassphrase',
    );
  });

  it('refuses a short passphrase and a key that cannot be exported', async () => {
    const pair = await provincePair();
    expect(await backupCode(exportPrivateKeyUnderPassphrase(pair.privateKey, 'ngắn quá'))).toBe(
      'weakPassphrase',
    );
    const locked = await crypto.subtle.generateKey(PROVINCE_KEY_ALGORITHM, false, ['deriveBits']);
    expect(await backupCode(exportPrivateKeyUnderPassphrase(locked.privateKey, PASSPHRASE))).toBe(
      'notExtractable',
    );
    expect(await backupCode(exportPrivateKeyUnderPassphrase(pair.publicKey, PASSPHRASE))).toBe(
      'notExtractable',
    );
  });

  it(
    'refuses a backup whose header was edited, as if the passphrase were wrong',
    SLOW,
    async () => {
      const pair = await provincePair();
      const other = await provincePair();
      const text = await exportPrivateKeyUnderPassphrase(pair.privateKey, PASSPHRASE);
      const backup = JSON.parse(text) as Record<string, unknown>;
      const otherPublic = await crypto.subtle.exportKey('jwk', other.publicKey);
      const swapped = {
        ...backup,
        publicKey: { crv: 'P-256', kty: 'EC', x: otherPublic.x, y: otherPublic.y },
        keyId: await keyFingerprint(otherPublic),
      };
      expect(
        await backupCode(importPrivateKeyFromBackup(JSON.stringify(swapped), PASSPHRASE)),
      ).toBe('wrongPassphrase');
      const fewer = { ...backup, kdf: { ...(backup.kdf as object), iterations: 600_001 } };
      expect(await backupCode(importPrivateKeyFromBackup(JSON.stringify(fewer), PASSPHRASE))).toBe(
        'wrongPassphrase',
      );
    },
  );

  it('refuses what is not a backup, a newer one, and a weakened one', async () => {
    expect(await backupCode(importPrivateKeyFromBackup('{"format":', PASSPHRASE))).toBe(
      'notBackup',
    );
    expect(
      await backupCode(importPrivateKeyFromBackup('{"format":"ptdv-exchange"}', PASSPHRASE)),
    ).toBe('notBackup');
    expect(
      await backupCode(
        importPrivateKeyFromBackup('{"format":"ptdv-key-backup","version":2}', PASSPHRASE),
      ),
    ).toBe('newerVersion');
    const pair = await provincePair();
    const backup = JSON.parse(
      await exportPrivateKeyUnderPassphrase(pair.privateKey, PASSPHRASE),
    ) as Record<string, unknown>;
    const weak = {
      ...backup,
      kdf: { ...(backup.kdf as object), iterations: MIN_PBKDF2_ITERATIONS - 1 },
    };
    expect(await backupCode(importPrivateKeyFromBackup(JSON.stringify(weak), PASSPHRASE))).toBe(
      'invalidBackup',
    );
  }, 60_000);

  it('names the message of each refusal', () => {
    expect(new KeyBackupError('wrongPassphrase').messageKey).toBe(
      'sync.keys.backup.wrongPassphrase',
    );
  });
});

describe('the province key pair with its backup', () => {
  it('is created with a backup that restores it on a fresh installation', SLOW, async () => {
    const created = await createProvinceKeysUnderPassphrase(PASSPHRASE);
    expect(created.privateKey.extractable).toBe(false);
    expect(created.backup).toContain('ptdv-key-backup');

    // A unit seals a file for the province's public key.
    const signer = await crypto.subtle.generateKey(SIGNING_KEY_ALGORITHM, false, ['sign']);
    const document = JSON.stringify({ source: { unitId: UNIT_ID } });
    const sealed = await sealDocument(document, {
      provincePublicKey: created.publicKeyJwk,
      signer: {
        unitId: UNIT_ID,
        privateKey: signer.privateKey,
        publicKeyJwk: await crypto.subtle.exportKey('jwk', signer.publicKey),
      },
    });

    // The laptop is replaced: only the backup and the passphrase remain.
    await resetDatabase();
    await expect(openSealedWithStoredKeys(sealed, 'a.sealed.ptdv.json')).rejects.toMatchObject({
      code: 'sealedNoKey',
    });
    const restored = await restoreProvinceKeys(created.backup ?? '', PASSPHRASE);
    expect(restored.keyId).toBe(created.keyId);
    expect(restored.createdAt).toBe(created.createdAt);
    expect(restored.privateKey.extractable).toBe(false);
    expect((await getProvinceKeys())?.backup).toBe(created.backup);
    const opened = await openSealedWithStoredKeys(sealed, 'a.sealed.ptdv.json');
    expect(opened.documentText).toBe(document);
    expect(opened.firstUse).toBe(true);
  });

  it('refuses a weak passphrase before creating anything', async () => {
    expect(await backupCode(createProvinceKeysUnderPassphrase('123'))).toBe('weakPassphrase');
    expect(await getProvinceKeys()).toBeNull();
  });

  it('changes the passphrase of the stored backup, given the old one', SLOW, async () => {
    const created = await createProvinceKeysUnderPassphrase(PASSPHRASE);
    const newPassphrase = 'một cụm từ mới dài hơn';
    expect(await backupCode(changeBackupPassphrase('sai mật khẩu rồi', newPassphrase))).toBe(
      'wrongPassphrase',
    );
    const backup = await changeBackupPassphrase(PASSPHRASE, newPassphrase);
    expect((await getProvinceKeys())?.backup).toBe(backup);
    expect(await backupCode(importPrivateKeyFromBackup(backup, PASSPHRASE))).toBe(
      'wrongPassphrase',
    );
    const restored = await importPrivateKeyFromBackup(backup, newPassphrase);
    expect(restored.keyId).toBe(created.keyId);
    expect(restored.createdAt).toBe(created.createdAt);
  });
});
