import type { TableName } from '../../shared/contract';
import type { DebitumDb } from './db';

export type ChangeSink = (tables: TableName[]) => void;

/**
 * Runs one read-write transaction over the named tables and, only after it committed, tells the sink which tables
 * changed. Everything a write touches (records and the figures derived from them) goes through here.
 */
export async function write<T>(db: DebitumDb, tables: TableName[], emit: ChangeSink, work: () => Promise<T>): Promise<T> {
  const result = await db.transaction('rw', tables, work);
  emit(tables);
  return result;
}
