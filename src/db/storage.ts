// The browser's side of keeping the data: whether this site's storage is persistent (the browser
// will not evict it when the disk runs low) and how much is used and left. "Best effort" storage
// can be cleared by the browser without asking; for a committee whose laptop is the only copy
// until the next backup, that is the difference between a slow day and lost records.

export interface StorageStatus {
  /** Whether the storage API exists here at all (not in old browsers or some embedded views). */
  supported: boolean;
  /** null when the browser cannot say. */
  persisted: boolean | null;
  /** Bytes used by this site, and the most it may use (an estimate, per the browser). */
  usage: number | null;
  quota: number | null;
}

function storageManager(): StorageManager | null {
  return typeof navigator === 'undefined' || !navigator.storage ? null : navigator.storage;
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  if (!storage) return { supported: false, persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage.estimate
      ? storage.estimate().catch(() => null)
      : Promise.resolve<StorageEstimate | null>(null),
  ]);
  return {
    supported: true,
    persisted,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  };
}

/**
 * Asks the browser to make this site's storage persistent. Chromium answers by itself (granted
 * to installed apps, bookmarked or much used sites); Firefox asks the user. Resolves with the
 * answer; false where the browser cannot do it.
 */
export async function requestPersistence(): Promise<boolean> {
  const storage = storageManager();
  if (!storage?.persist) return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}
