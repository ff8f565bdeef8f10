import type { TableName } from '../../shared/contract';
import { AppFailure, type Result } from '../../shared/result';
import type { StoreFn, StoreMethod } from '../store/api';
import type { FromStore, ToStore, Wire } from '../store/protocol';

export type StoreClient = {
  call<M extends StoreMethod>(method: M, ...args: Parameters<StoreFn<M>>): Promise<Awaited<ReturnType<StoreFn<M>>>>;
  onChange(listener: (tables: TableName[]) => void): () => void;
  /** Resolves once the store host has finished every pending write and closed the database. */
  close(): Promise<void>;
  ready: Promise<void>;
};

/** Main's side of the port to the store host: numbered calls, results unwrapped into values or AppFailures. */
export function createStoreClient(wire: Wire<FromStore, ToStore>): StoreClient {
  let next = 1;
  const waiting = new Map<number, (r: Result<unknown>) => void>();
  const listeners = new Set<(tables: TableName[]) => void>();
  let markReady!: () => void;
  let markClosed!: () => void;
  const ready = new Promise<void>((r) => (markReady = r));
  const closed = new Promise<void>((r) => (markClosed = r));

  wire.onMessage((msg) => {
    switch (msg.kind) {
      case 'ready':
        markReady();
        break;
      case 'result':
        waiting.get(msg.id)?.(msg.result);
        waiting.delete(msg.id);
        break;
      case 'changed':
        for (const l of listeners) l(msg.tables);
        break;
      case 'closed':
        markClosed();
        break;
    }
  });

  return {
    ready,
    async call(method, ...args) {
      await ready;
      const id = next++;
      const result = await new Promise<Result<unknown>>((resolve) => {
        waiting.set(id, resolve);
        wire.send({ kind: 'call', id, method, args });
      });
      if (!result.ok) throw new AppFailure(result.error.code, result.error.message, result.error.details?.issues);
      return result.value as never;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await ready;
      wire.send({ kind: 'close' });
      await closed;
    },
  };
}
