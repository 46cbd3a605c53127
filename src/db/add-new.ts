// Adding many rows that should be new, the fast way: straight to the transaction's IndexedDB
// store, a stored key caught instead of failing the transaction. The import's people go in here.
import Dexie, { type Table, type Transaction } from 'dexie';

/**
 * Adds rows that should be new, inside the running transaction; returns the positions of those
 * whose key is stored after all (their add failed, and was caught so that the transaction goes
 * on). Any other failure throws. The requests go to the transaction's IndexedDB store itself:
 * Dexie's bulkAdd would also note every index key of every row for its change observers, which
 * nothing here uses (the page announces an import to other tabs itself), and which costs a
 * tenth of a large file's write.
 */
export async function addNew<R>(table: Table<R, string>, rows: readonly R[]): Promise<Set<number>> {
  const failed = new Set<number>();
  if (rows.length === 0) return failed;
  const transaction = Dexie.currentTransaction as
    (Transaction & { idbtrans?: IDBTransaction }) | null;
  const store = transaction?.idbtrans?.objectStore(table.name);
  if (!store) {
    // Outside a transaction of this table's: Dexie's own way.
    try {
      await table.bulkAdd([...rows]);
    } catch (error) {
      if (!(error instanceof Dexie.BulkError)) throw error;
      for (const [position, failure] of Object.entries(error.failuresByPos)) {
        if (failure.name !== 'ConstraintError') throw failure;
        failed.add(Number(position));
      }
    }
    return failed;
  }
  const idbtrans = store.transaction;
  const requests: IDBRequest[] = [];
  await new Promise<void>((resolve, reject) => {
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      idbtrans.removeEventListener('error', onError, true);
      if (error === undefined) resolve();
      else reject(error);
    };
    // A request's error event passes through its transaction first (the capture phase): one
    // listener there sees each failed add, before Dexie's handler would abort the transaction,
    // instead of a handler on each of tens of thousands of requests.
    function onError(event: Event) {
      const request = event.target as IDBRequest;
      const position = requests.indexOf(request);
      if (position < 0) return;
      if (request.error?.name !== 'ConstraintError') {
        finish(request.error ?? new Error('add failed'));
        return;
      }
      // Stored since the preview: checked by the caller. The transaction goes on.
      event.preventDefault();
      event.stopPropagation();
      failed.add(position);
      if (position === rows.length - 1) finish();
    }
    idbtrans.addEventListener('error', onError, true);
    for (const row of rows) requests.push(store.add(row));
    // A transaction's requests complete in order: the last one's success means every add is done.
    (requests[requests.length - 1] as IDBRequest).onsuccess = () => finish();
  });
  return failed;
}
