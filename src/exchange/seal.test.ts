import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PROVINCE_KEY_ALGORITHM, SIGNING_KEY_ALGORITHM } from '@/db/keys-repo';
import { translate } from '@/i18n/i18n';
import { messages } from '@/i18n/messages';
import { ImportError, importErrorMessage, type ImportErrorCode } from './errors';
import { fromBase64, toBase64 } from './base64';
import {
  fingerprint,
  isSealed,
  openSealed,
  sealDocument,
  sealedFileName,
  SealError,
  type OpenKeys,
  type SealKeys,
} from './seal';

const UNIT_ID = '00000000-0000-4000-8000-00000000000a';
const OTHER_UNIT_ID = '00000000-0000-4000-8000-00000000000b';
const FILE = 'don-vi-a.sealed.ptdv.json';

/** A small version-1 document; the name is decomposed (NFD) to prove the text travels unchanged. */
function documentText(unitId = UNIT_ID): string {
  return JSON.stringify(
    {
      format: 'ptdv-exchange',
      version: 1,
      exportId: '5f0c0000-0000-4000-8000-000000000001',
      exportedAt: '2026-11-28T09:00:00+07:00',
      source: { unitId, unitCode: 'CB01', unitName: 'Chi bộ thôn Tân Lập', app: 'PTĐV 0.1' },
      scope: { type: 'full' },
      units: [],
      people: [{ fullName: 'Nguyễn Thị Hà'.normalize('NFD') }],
      classes: [],
      targets: [],
      memberCounts: [],
      deleted: [],
    },
    null,
    2,
  );
}

interface Pair {
  privateKey: CryptoKey;
  publicKeyJwk: JsonWebKey;
  keyId: string;
}

async function provincePair(): Promise<Pair> {
  const pair = await crypto.subtle.generateKey(PROVINCE_KEY_ALGORITHM, false, ['deriveBits']);
  const publicKeyJwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { privateKey: pair.privateKey, publicKeyJwk, keyId: await fingerprint(publicKeyJwk) };
}

async function signingPair(): Promise<Pair> {
  const pair = await crypto.subtle.generateKey(SIGNING_KEY_ALGORITHM, false, ['sign', 'verify']);
  const publicKeyJwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { privateKey: pair.privateKey, publicKeyJwk, keyId: await fingerprint(publicKeyJwk) };
}

let province: Pair;
let signer: Pair;
let sealKeys: SealKeys;
let sealed: string;

function openKeys(overrides: Partial<OpenKeys> = {}): OpenKeys {
  return {
    provincePrivateKey: province.privateKey,
    provinceKeyId: province.keyId,
    knownSignerKey: async () => null,
    ...overrides,
  };
}

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected a refusal, but the file opened');
}

async function expectRefused(
  text: string,
  code: ImportErrorCode,
  keys: OpenKeys = openKeys(),
): Promise<ImportError> {
  const error = await refusal(openSealed(text, keys, FILE));
  expect(error.code).toBe(code);
  expect(error.file).toBe(FILE);
  // Every refusal reads as a whole Vietnamese sentence naming the file.
  if (error.expected) expect(messages.vi).toHaveProperty([error.expected]);
  const message = importErrorMessage(error, (key, params) => translate('vi', key, params));
  expect(message).toContain(`“${FILE}”`);
  expect(message).not.toMatch(/\{\w+\}|exchange\.|sync\./);
  return error;
}

beforeAll(async () => {
  province = await provincePair();
  signer = await signingPair();
  sealKeys = {
    provincePublicKey: province.publicKeyJwk,
    signer: { unitId: UNIT_ID, privateKey: signer.privateKey, publicKeyJwk: signer.publicKeyJwk },
  };
  sealed = await sealDocument(documentText(), sealKeys, new Date('2026-11-28T02:00:00Z'));
});

describe('sealDocument and openSealed', () => {
  it('round-trips the document text exactly, and names the signer', async () => {
    const opened = await openSealed(sealed, openKeys(), FILE);
    expect(opened.documentText).toBe(documentText());
    expect(opened.signer).toEqual({
      unitId: UNIT_ID,
      publicKeyJwk: {
        crv: 'P-256',
        kty: 'EC',
        x: signer.publicKeyJwk.x,
        y: signer.publicKeyJwk.y,
      },
      fingerprint: signer.keyId,
    });
    expect(opened.firstUse).toBe(true);
  });

  it('is not a first use when the unit key is already known', async () => {
    const knownSignerKey = vi.fn(async () => signer.publicKeyJwk);
    const opened = await openSealed(sealed, openKeys({ knownSignerKey }), FILE);
    expect(opened.firstUse).toBe(false);
    expect(knownSignerKey).toHaveBeenCalledWith(UNIT_ID);
  });

  it('writes the documented envelope, with no plaintext in it', () => {
    const envelope = JSON.parse(sealed) as Record<string, unknown>;
    expect(Object.keys(envelope)).toEqual([
      'format',
      'version',
      'sealedAt',
      'recipient',
      'sender',
      'encryption',
      'ciphertext',
      'signature',
    ]);
    expect(envelope).toMatchObject({
      format: 'ptdv-sealed',
      version: 1,
      sealedAt: '2026-11-28T02:00:00.000Z',
      recipient: { keyId: province.keyId },
      sender: { unitId: UNIT_ID, keyId: signer.keyId },
      encryption: { alg: 'ECDH-ES+HKDF-SHA256+A256GCM' },
    });
    expect(sealed.endsWith('}\n')).toBe(true);
    expect(sealed).not.toContain('Tân Lập');
    expect(sealed).not.toContain('CB01');
    expect(fromBase64((envelope.signature as string) ?? '')?.length).toBe(64);
  });

  it('accepts the province key as a CryptoKey too, and a file without the final line feed', async () => {
    const publicKey = await crypto.subtle.importKey(
      'jwk',
      province.publicKeyJwk,
      PROVINCE_KEY_ALGORITHM,
      true,
      [],
    );
    const text = await sealDocument(documentText(), { ...sealKeys, provincePublicKey: publicKey });
    const opened = await openSealed(text.trimEnd(), openKeys(), FILE);
    expect(opened.documentText).toBe(documentText());
  });

  it('seals a large document (3 MB) in one piece', async () => {
    const big = `${documentText().slice(0, -1)}, "padding": "${'Đảng viên '.repeat(300_000)}" }`;
    const text = await sealDocument(big, sealKeys);
    expect((await openSealed(text, openKeys(), FILE)).documentText).toBe(big);
  });

  it('refuses to seal a document of another unit than the signer', async () => {
    await expect(sealDocument(documentText(OTHER_UNIT_ID), sealKeys)).rejects.toThrow(SealError);
  });
});

describe('isSealed and file names', () => {
  it('tells a sealed file from a plain one', () => {
    expect(isSealed(sealed)).toBe(true);
    expect(isSealed(documentText())).toBe(false);
    expect(isSealed('{ "format" : "ptdv-sealed" }')).toBe(true);
    expect(isSealed('')).toBe(false);
  });

  it('names the sealed form of a file', () => {
    expect(sealedFileName('ptdv-CB01-2026-11-28-full.ptdv.json')).toBe(
      'ptdv-CB01-2026-11-28-full.sealed.ptdv.json',
    );
  });
});

describe('a one-byte change anywhere is refused', () => {
  const bytesOf = (text: string) => new TextEncoder().encode(text);
  const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  async function opensTo(text: string): Promise<string | null> {
    try {
      return (await openSealed(text, openKeys({ knownSignerKey: async () => null }), FILE))
        .documentText;
    } catch (error) {
      if (error instanceof ImportError) return null;
      throw error;
    }
  }

  it('flipping the lowest bit of any byte', { timeout: 120_000 }, async () => {
    const original = bytesOf(sealed);
    const accepted: number[] = [];
    for (let position = 0; position < original.length; position += 1) {
      const changed = original.slice();
      changed[position] = (changed[position] ?? 0) ^ 0x01;
      if ((await opensTo(textOf(changed))) !== null) accepted.push(position);
    }
    expect(original.length).toBeGreaterThan(500);
    expect(accepted).toEqual([]);
  });

  it(
    'replacing any byte with another character of the same class',
    { timeout: 120_000 },
    async () => {
      // Base64 and hex digits swapped for other valid digits: the hardest changes to notice.
      const original = bytesOf(sealed);
      const accepted: number[] = [];
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      for (let position = 0; position < original.length; position += 1) {
        const byte = original[position] ?? 0;
        const char = String.fromCharCode(byte);
        const index = alphabet.indexOf(char);
        const replacement = index >= 0 ? alphabet[(index + 17) % alphabet.length] : ' ';
        const changed = original.slice();
        changed[position] = (replacement ?? ' ').charCodeAt(0);
        if ((await opensTo(textOf(changed))) !== null) accepted.push(position);
      }
      expect(accepted).toEqual([]);
    },
  );

  it('changing the unused bits of the signature’s last base64 digit', async () => {
    const envelope = JSON.parse(sealed) as { signature: string };
    // 64 bytes end in "==": the digit before carries 4 unused bits.
    const digit = envelope.signature.at(-3) ?? 'A';
    const alias = String.fromCharCode(digit.charCodeAt(0) + 1);
    const changed = sealed.replace(
      envelope.signature,
      `${envelope.signature.slice(0, -3)}${alias}==`,
    );
    expect(changed).not.toBe(sealed);
    await expectRefused(changed, 'invalidEnvelope');
  });
});

describe('refusals', () => {
  it('a truncated file', async () => {
    await expectRefused(sealed.slice(0, Math.floor(sealed.length / 2)), 'truncated');
  });

  it('a newer version of the envelope', async () => {
    const error = await expectRefused(sealed.replace('"version":1', '"version":2'), 'newerVersion');
    expect(error.params).toMatchObject({ version: 2 });
  });

  it('an unknown member, naming it', async () => {
    const changed = sealed.replace('"sealedAt"', '"comment":"x","sealedAt"');
    const error = await expectRefused(changed, 'invalidEnvelope');
    expect(error.field).toBe('comment');
  });

  it('a missing member, naming it and what it must hold', async () => {
    const envelope = JSON.parse(sealed) as { encryption: Record<string, unknown> };
    delete envelope.encryption.iv;
    const error = await expectRefused(JSON.stringify(envelope), 'invalidEnvelope');
    expect(error.field).toBe('encryption.iv');
    expect(error.expected).toBe('sync.sealed.expected.iv');
    expect(error.received).toBeUndefined();
  });

  it('another layout of the same members (pretty-printed)', async () => {
    const error = await expectRefused(
      JSON.stringify(JSON.parse(sealed), null, 2),
      'sealedTampered',
    );
    expect(error.params).toEqual({ reason: 'layout' });
  });

  it('a ciphertext changed and re-signed by the unit itself', async () => {
    const envelope = JSON.parse(sealed) as Record<string, string>;
    const bytes = fromBase64(envelope.ciphertext ?? '') as Uint8Array;
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    const changed = await resign({ ...envelope, ciphertext: toBase64(bytes) }, signer);
    const error = await expectRefused(changed, 'sealedTampered');
    expect(error.field).toBe('ciphertext');
  });

  it('a file sealed for another province key', async () => {
    const other = await provincePair();
    const text = await sealDocument(documentText(), {
      ...sealKeys,
      provincePublicKey: other.publicKeyJwk,
    });
    const error = await expectRefused(text, 'sealedNotForUs');
    expect(error.params).toMatchObject({ recipientKey: other.keyId, ourKey: province.keyId });
  });

  it('a valid file re-signed by another key than the unit’s known one', async () => {
    const intruder = await signingPair();
    const changed = await resign(JSON.parse(sealed) as Record<string, unknown>, intruder);
    const error = await expectRefused(
      changed,
      'sealedWrongSigner',
      openKeys({ knownSignerKey: async () => signer.publicKeyJwk }),
    );
    expect(error.params).toMatchObject({
      unitId: UNIT_ID,
      knownKey: signer.keyId,
      fileKey: intruder.keyId,
    });
  });

  it('a file re-signed by a stranger claiming a first use: its ciphertext is bound to the signer', async () => {
    const intruder = await signingPair();
    const changed = await resign(JSON.parse(sealed) as Record<string, unknown>, intruder);
    await expectRefused(changed, 'sealedTampered');
  });

  it('a document whose source is another unit than the signer', async () => {
    // sealDocument refuses this; a hostile unit could still write it by hand.
    const parse = vi.spyOn(JSON, 'parse').mockReturnValueOnce({ source: { unitId: UNIT_ID } });
    const text = await sealDocument(documentText(OTHER_UNIT_ID), sealKeys);
    parse.mockRestore();
    const error = await expectRefused(text, 'sealedWrongSigner');
    expect(error.field).toBe('source.unitId');
    expect(error.received).toBe(OTHER_UNIT_ID);
  });

  it('no province private key in this installation', async () => {
    await expectRefused(
      sealed,
      'sealedNoKey',
      openKeys({ provincePrivateKey: null, provinceKeyId: null }),
    );
  });

  it('a plain document given as sealed', async () => {
    await expectRefused(documentText(), 'notThisFormat');
  });
});

describe('fingerprint', () => {
  it('is the first 16 hex digits of the RFC 7638 thumbprint, whatever the member order', async () => {
    const { x, y } = signer.publicKeyJwk;
    const canonical = `{"crv":"P-256","kty":"EC","x":"${x}","y":"${y}"}`;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
    const expected = Array.from(new Uint8Array(digest).slice(0, 8), (byte) =>
      byte.toString(16).padStart(2, '0'),
    ).join('');
    expect(await fingerprint(signer.publicKeyJwk)).toBe(expected);
    expect(
      await fingerprint({ y, x, kty: 'EC', crv: 'P-256', ext: true, key_ops: ['verify'] }),
    ).toBe(expected);
  });
});

describe('base64', () => {
  it('round-trips and refuses anything but canonical padded base64', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253]);
    expect(toBase64(bytes)).toBe('AAEC+vv8/Q==');
    expect(fromBase64('AAEC+vv8/Q==')).toEqual(bytes);
    expect(fromBase64('AAEC+vv8/R==')).toBeNull();
    expect(fromBase64('AAEC+vv8/Q')).toBeNull();
    expect(fromBase64('AAEC +vv8/Q==')).toBeNull();
    expect(fromBase64('AAEC-vv8_Q==')).toBeNull();
    expect(fromBase64('')).toEqual(new Uint8Array(0));
  });
});

/** The envelope signed again by `by`, with its key as sender key: what an intruder would do. */
async function resign(envelope: Record<string, unknown>, by: Pair): Promise<string> {
  const sender = envelope.sender as Record<string, unknown>;
  const encryption = envelope.encryption as Record<string, unknown>;
  const { x, y } = by.publicKeyJwk;
  const publicKey = { crv: 'P-256', kty: 'EC', x, y };
  const ephemeral = encryption.ephemeralKey as JsonWebKey;
  const header = [
    'ptdv-sealed/1',
    envelope.sealedAt,
    (envelope.recipient as { keyId: string }).keyId,
    sender.unitId,
    by.keyId,
    JSON.stringify(publicKey),
    encryption.alg,
    JSON.stringify({ crv: ephemeral.crv, kty: ephemeral.kty, x: ephemeral.x, y: ephemeral.y }),
    encryption.iv,
    '',
  ].join('\n');
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    by.privateKey,
    new TextEncoder().encode(header + String(envelope.ciphertext)),
  );
  return `${JSON.stringify({
    format: envelope.format,
    version: envelope.version,
    sealedAt: envelope.sealedAt,
    recipient: envelope.recipient,
    sender: { unitId: sender.unitId, keyId: by.keyId, publicKey },
    encryption: {
      alg: encryption.alg,
      ephemeralKey: { crv: ephemeral.crv, kty: ephemeral.kty, x: ephemeral.x, y: ephemeral.y },
      iv: encryption.iv,
    },
    ciphertext: envelope.ciphertext,
    signature: toBase64(new Uint8Array(signature)),
  })}\n`;
}
