// Record identity and change instants: small and zod-free, so the first screen can stamp a write
// without loading the record schemas (entities.ts re-exports both).

export function newId(): string {
  return crypto.randomUUID();
}

/** The instant of a change, as the contract writes it (ISO 8601 with offset). */
export function nowStamp(now: Date = new Date()): string {
  return now.toISOString();
}
