// Why the store refuses a file while applying it. The exchange layer words every refusal
// (src/exchange/errors.ts), but the store may not import it: the store throws this, and the
// import worker hands it on as the exchange's refusal of the same code and facts.

/** The refusals the store finds itself (each one of the exchange's ImportErrorCode). */
export type ImportApplyErrorCode =
  /** A sealed file's signer is not the key this store trusted for the unit since the preview. */
  'sealedWrongSigner';

export class ImportApplyError extends Error {
  constructor(
    readonly code: ImportApplyErrorCode,
    /** The file refused. */
    readonly file: string,
    /** The facts the message names (a unit, the keys). */
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code}: ${file}`);
    this.name = 'ImportApplyError';
  }
}
