// Small helpers the in-page benchmarks share.

/** A database with exactly the given Dexie-style schema, opened with raw IndexedDB (no Dexie on the write path). */
export function openRaw(name: string, stores: Record<string, string>): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      for (const [table, spec] of Object.entries(stores)) {
        const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
        const os = req.result.createObjectStore(table, { keyPath: primary });
        for (const ix of indexes) {
          const bare = ix.replace(/^[&*]/, '');
          os.createIndex(bare, bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare, { unique: ix.startsWith('&'), multiEntry: ix.startsWith('*') });
        }
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}
