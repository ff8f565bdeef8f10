import Dexie from 'dexie';
import { ZodError } from 'zod';
import { AppFailure, ok, toResultError, zodIssues } from '../../shared/result';
import { createStoreApi } from './api';
import { DB_NAME, openDb } from './db';
import type { FromStore, ToStore, Wire } from './protocol';

function asFailure(e: unknown): unknown {
  // Repositories re-check their inputs with the shared schemas; a refusal there is the caller's bad input.
  if (e instanceof ZodError) return new AppFailure('validation', 'invalid input', zodIssues(e));
  if (e instanceof Dexie.ConstraintError) return new AppFailure('conflict', e.message);
  if (e instanceof Dexie.DexieError) return new AppFailure('io', `${e.name}: ${e.message}`);
  return e;
}

/** The store host's loop: answer main's calls over the wire, report committed changes, close on request. */
export async function serveStore(wire: Wire<ToStore, FromStore>, dbName = DB_NAME): Promise<void> {
  const db = openDb(dbName);
  await db.open();
  const api = createStoreApi(db, (tables) => wire.send({ kind: 'changed', tables }));
  const areas = api as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;
  const methodOf = (name: string) => {
    const [area = '', fn = ''] = name.split('.');
    const methods = Object.hasOwn(areas, area) ? areas[area]! : {};
    return Object.hasOwn(methods, fn) ? methods[fn] : undefined;
  };
  let pending = Promise.resolve();
  wire.onMessage((msg) => {
    if (msg.kind === 'close') {
      // Let every call already received finish its transaction before the database closes.
      void pending.then(() => {
        db.close();
        wire.send({ kind: 'closed' });
      });
      return;
    }
    const fn = methodOf(msg.method);
    const run = fn
      ? fn(...msg.args).then(ok, (e: unknown) => toResultError(asFailure(e)))
      : Promise.resolve(toResultError(new AppFailure('internal', `no store method ${msg.method}`)));
    const done = run.then((result) => wire.send({ kind: 'result', id: msg.id, result }));
    pending = pending.then(() => done);
  });
  wire.send({ kind: 'ready' });
}
