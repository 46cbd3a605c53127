import { beforeEach, describe, expect, it } from 'vitest';
import {
  createProvinceKeys,
  forgetUnitKey,
  getProvinceKeys,
  getUnitSigningKeys,
  isP256PublicJwk,
  keyFingerprint,
  KeysError,
  knownUnitKey,
  listTrustedUnitKeys,
  PROVINCE_KEY_ALGORITHM,
  provincePublicKeyForExport,
  provincePublicKeyForSealing,
  receivedProvinceKey,
  saveProvinceKeys,
  saveReceivedProvinceKey,
  SIGNING_KEY_ALGORITHM,
  trustedUnitKey,
  trustUnitKey,
} from './keys-repo';
import { db, resetDatabase } from './schema';

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

const UNIT_A = '00000000-0000-4000-8000-00000000000a';
const UNIT_B = '00000000-0000-4000-8000-00000000000b';

beforeEach(async () => {
  await resetDatabase();
});

async function publicKeyOf(algorithm: EcKeyGenParams): Promise<JsonWebKey> {
  const usages: KeyUsage[] = algorithm.name === 'ECDSA' ? ['sign', 'verify'] : ['deriveBits'];
  const pair = await crypto.subtle.generateKey(algorithm, true, usages);
  return crypto.subtle.exportKey('jwk', pair.publicKey);
}

/** Whether the stored province key can derive the secret a unit derives with its public key. */
async function agreesWith(privateKey: CryptoKey, publicKeyJwk: JsonWebKey): Promise<boolean> {
  const other = await crypto.subtle.generateKey(PROVINCE_KEY_ALGORITHM, false, ['deriveBits']);
  const publicKey = await crypto.subtle.importKey(
    'jwk',
    publicKeyJwk,
    PROVINCE_KEY_ALGORITHM,
    false,
    [],
  );
  const ours = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: other.publicKey },
    privateKey,
    256,
  );
  const theirs = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: publicKey },
    other.privateKey,
    256,
  );
  return hex(ours) === hex(theirs);
}

describe('province keys', () => {
  it('has none before they are created', async () => {
    expect(await getProvinceKeys()).toBeNull();
    expect(await provincePublicKeyForExport()).toBeNull();
  });

  it('stores a non-extractable private key that still works after a reload', async () => {
    const created = await createProvinceKeys();
    expect(created.privateKey.extractable).toBe(false);
    expect(created.backup).toBeNull();
    expect(isP256PublicJwk(created.publicKeyJwk)).toBe(true);
    expect(created.keyId).toBe(await keyFingerprint(created.publicKeyJwk));

    // A new connection reads the CryptoKey back from IndexedDB.
    db().close();
    await db().open();
    const stored = await getProvinceKeys();
    expect(stored?.privateKey).toBeInstanceOf(CryptoKey);
    expect(stored?.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', stored!.privateKey)).rejects.toThrow();
    expect(await agreesWith(stored!.privateKey, created.publicKeyJwk)).toBe(true);
    expect(await provincePublicKeyForExport()).toEqual(created.publicKeyJwk);
  });

  it('hands the extractable key to the backup step only, and keeps its text', async () => {
    let seen: CryptoKey | null = null;
    const created = await createProvinceKeys({
      protect: async (key) => {
        seen = key;
        return 'backup text';
      },
    });
    expect((seen as CryptoKey | null)?.extractable).toBe(true);
    expect((await getProvinceKeys())?.backup).toBe('backup text');
    expect(created.privateKey.extractable).toBe(false);
  });

  it('refuses to replace a pair unless asked to', async () => {
    const first = await createProvinceKeys();
    await expect(createProvinceKeys()).rejects.toMatchObject({ code: 'provinceKeysExist' });
    expect((await getProvinceKeys())?.keyId).toBe(first.keyId);
    const second = await createProvinceKeys({ replace: true });
    expect(second.keyId).not.toBe(first.keyId);
    expect((await getProvinceKeys())?.keyId).toBe(second.keyId);
  });

  it('never stores an extractable private key', async () => {
    const pair = await crypto.subtle.generateKey(PROVINCE_KEY_ALGORITHM, true, ['deriveBits']);
    const publicKeyJwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    await expect(
      saveProvinceKeys({
        privateKey: pair.privateKey,
        publicKeyJwk,
        createdAt: '2026-11-28T02:00:00.000Z',
        backup: null,
      }),
    ).rejects.toBeInstanceOf(KeysError);
    expect(await getProvinceKeys()).toBeNull();
  });
});

describe('the province key a unit received', () => {
  it('is new, then the same, then changed', async () => {
    const first = await publicKeyOf(PROVINCE_KEY_ALGORITHM);
    const second = await publicKeyOf(PROVINCE_KEY_ALGORITHM);
    expect(await saveReceivedProvinceKey(first)).toBe('new');
    expect(await saveReceivedProvinceKey({ ...first, ext: true })).toBe('same');
    expect(await saveReceivedProvinceKey(second)).toBe('changed');
    expect((await receivedProvinceKey())?.keyId).toBe(await keyFingerprint(second));
  });

  it('is what a unit seals for; the province seals for its own key', async () => {
    expect(await provincePublicKeyForSealing()).toBeNull();
    const own = await createProvinceKeys();
    expect(await provincePublicKeyForSealing()).toEqual(own.publicKeyJwk);
    const received = await publicKeyOf(PROVINCE_KEY_ALGORITHM);
    await saveReceivedProvinceKey(received);
    expect((await provincePublicKeyForSealing())?.x).toBe(received.x);
  });
});

describe('signing keys', () => {
  it('are created on first need, once, and sign', async () => {
    const first = await getUnitSigningKeys();
    const again = await getUnitSigningKeys();
    expect(again.keyId).toBe(first.keyId);
    expect(first.privateKey.extractable).toBe(false);
    const data = new TextEncoder().encode('ptdv');
    const signature = await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      again.privateKey,
      data,
    );
    const verifyKey = await crypto.subtle.importKey(
      'jwk',
      first.publicKeyJwk,
      SIGNING_KEY_ALGORITHM,
      false,
      ['verify'],
    );
    expect(
      await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, verifyKey, signature, data),
    ).toBe(true);
  });

  it('are one pair even when two callers ask at once', async () => {
    const [a, b] = await Promise.all([getUnitSigningKeys(), getUnitSigningKeys()]);
    expect(a.keyId).toBe(b.keyId);
  });
});

describe('trusted unit keys', () => {
  it('records a key on first use with its fingerprint, source and date', async () => {
    const jwk = await publicKeyOf(SIGNING_KEY_ALGORITHM);
    expect(await knownUnitKey(UNIT_A)).toBeNull();
    const trusted = await trustUnitKey(
      UNIT_A,
      { ...jwk, key_ops: ['verify'], ext: true },
      { source: 'tofu', now: new Date('2026-11-28T02:00:00Z') },
    );
    expect(trusted).toEqual({
      unitId: UNIT_A,
      publicKeyJwk: { crv: 'P-256', kty: 'EC', x: jwk.x, y: jwk.y },
      keyId: await keyFingerprint(jwk),
      source: 'tofu',
      trustedAt: '2026-11-28T02:00:00.000Z',
    });
    expect(await knownUnitKey(UNIT_A)).toEqual(trusted.publicKeyJwk);
    expect(await trustedUnitKey(UNIT_B)).toBeNull();
  });

  it('lists, replaces and forgets keys', async () => {
    const a = await publicKeyOf(SIGNING_KEY_ALGORITHM);
    const b = await publicKeyOf(SIGNING_KEY_ALGORITHM);
    const replacement = await publicKeyOf(SIGNING_KEY_ALGORITHM);
    await trustUnitKey(UNIT_A, a, { source: 'tofu' });
    await trustUnitKey(UNIT_B, b, { source: 'tree' });
    await createProvinceKeys();
    const listed = await listTrustedUnitKeys();
    expect(listed.map((key) => [key.unitId, key.source]).sort()).toEqual([
      [UNIT_A, 'tofu'],
      [UNIT_B, 'tree'],
    ]);
    await trustUnitKey(UNIT_A, replacement, { source: 'tofu' });
    expect((await knownUnitKey(UNIT_A))?.x).toBe(replacement.x);
    await forgetUnitKey(UNIT_B);
    expect(await knownUnitKey(UNIT_B)).toBeNull();
    expect(await listTrustedUnitKeys()).toHaveLength(1);
  });

  it('can be recorded inside an import transaction, given the fingerprint', async () => {
    const jwk = await publicKeyOf(SIGNING_KEY_ALGORITHM);
    const keyId = await keyFingerprint(jwk);
    const d = db();
    await d.transaction('rw', [d.settings, d.units], async () => {
      await d.units.count();
      await trustUnitKey(UNIT_A, jwk, { source: 'tofu', keyId });
      await saveReceivedProvinceKey(jwk, { keyId });
    });
    expect((await trustedUnitKey(UNIT_A))?.keyId).toBe(keyId);
  });

  it('refuses a private key or another kind of key', async () => {
    const pair = await crypto.subtle.generateKey(SIGNING_KEY_ALGORITHM, true, ['sign', 'verify']);
    const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    expect(isP256PublicJwk(privateJwk)).toBe(false);
    expect(isP256PublicJwk({ kty: 'RSA', n: 'x', e: 'AQAB' })).toBe(false);
    expect(isP256PublicJwk({ ...privateJwk, d: undefined, crv: 'P-384' })).toBe(false);
    // trustUnitKey keeps the public members only: a private JWK never lands in the store.
    const trusted = await trustUnitKey(UNIT_A, privateJwk, { source: 'tofu' });
    expect(trusted.publicKeyJwk).not.toHaveProperty('d');
    await expect(
      trustUnitKey(UNIT_A, { kty: 'RSA', n: 'x', e: 'AQAB' }, { source: 'tofu' }),
    ).rejects.toBeInstanceOf(KeysError);
  });
});
