import type { Page } from '@playwright/test';

/**
 * The store's database as it is on disk, read and written with raw IndexedDB in the store host's page, beside
 * the store's own connection: what a test checks against, or plants to make a write collide.
 */
export function rawAll<T>(storePage: Page, table: string): Promise<T[]> {
  return storePage.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('debitum');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

/** Puts a record into a table, or deletes one by key, in a transaction of its own. */
export function rawWrite(storePage: Page, table: string, op: { put: unknown } | { delete: string }): Promise<void> {
  return storePage.evaluate(
    ([name, o]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('debitum');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          const store = tx.objectStore(name);
          if ('put' in o) store.put(o.put);
          else store.delete(o.delete);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [table, op] as const,
  );
}
