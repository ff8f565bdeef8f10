import type { TableName } from '../../shared/contract';
import type { Result } from '../../shared/result';

/** Messages over the one port between main and the store host. */
export type ToStore = { kind: 'call'; id: number; method: string; args: unknown[] } | { kind: 'close' };
export type FromStore =
  | { kind: 'ready' }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'changed'; tables: TableName[] }
  | { kind: 'closed' };

/** The smallest shape both a DOM MessagePort and Electron's MessagePortMain can be adapted to. */
export type Wire<In, Out> = { send(message: Out): void; onMessage(listener: (message: In) => void): void };
