import type { z } from 'zod';
import { refuseOversized } from '../payload';
import type { Result } from '../result';
import { activities } from './activities';
import { addresses } from './addresses';
import { app } from './app';
import { attachments } from './attachments';
import { bank } from './bank';
import type { ChangeEvent, Def, TableName } from './channel';
import { contacts } from './contacts';
import { customers } from './customers';
import { demo } from './demo';
import { documents } from './documents';
import { blocks, dunning, policies } from './dunning';
import { imports } from './imports';
import { invoices } from './invoices';
import { mail, outbox, sms } from './outbox';
import { payments } from './payments';
import { receivables } from './receivables';
import { settings } from './settings';

export * from './channel';
export * from './customers';

/**
 * Every channel between the UI and main, once, merged from one module per area. The UI sees these as
 * `window.api.<area>.<name>(input)`, main registers one handler per entry, and the store host is reached only by main.
 */
export const contract = {
  app,
  settings,
  customers,
  addresses,
  contacts,
  activities,
  attachments,
  invoices,
  receivables,
  payments,
  imports,
  bank,
  dunning,
  blocks,
  policies,
  documents,
  outbox,
  mail,
  sms,
  demo,
} as const;

export type Contract = typeof contract;
export type Area = keyof Contract;
export type ChannelName = { [A in Area]: `${A}.${Extract<keyof Contract[A], string>}` }[Area];

export type InputOf<D extends Def> = z.input<D['input']>;
export type ParsedInputOf<D extends Def> = z.output<D['input']>;
export type OutputOf<D extends Def> = z.output<D['output']>;

/** The definition of one channel by its name, typed. */
export type DefOf<C extends ChannelName> = C extends `${infer A extends Area}.${infer N}` ? (N extends keyof Contract[A] ? Contract[A][N] : never) : never;

/** What the UI gets as `window.api`: exactly the contract's functions, plus the change-event subscription. */
export type Api = {
  [A in Area]: {
    [N in keyof Contract[A]]: Contract[A][N] extends Def
      ? (input: InputOf<Contract[A][N]>) => Promise<Result<OutputOf<Contract[A][N]>>>
      : never;
  };
} & { onChange(listener: (event: ChangeEvent) => void): () => void };

export function channelNames(): ChannelName[] {
  return (Object.keys(contract) as Area[]).flatMap((area) =>
    Object.keys(contract[area]).map((name) => `${area}.${name}` as ChannelName),
  );
}

export function channelDef(name: string): Def | undefined {
  const [area, method, ...rest] = name.split('.');
  if (!area || !method || rest.length > 0 || !Object.hasOwn(contract, area)) return undefined;
  const defs = contract[area as Area] as Record<string, Def>;
  return Object.hasOwn(defs, method) ? defs[method] : undefined;
}

/** The tables a read channel declared; a write channel reads none. */
export const readsOf = (name: ChannelName): readonly TableName[] => channelDef(name)?.reads ?? [];

/**
 * Builds `window.api` from the contract over one invoke function; used by Electron's preload and by the test
 * shell's page script, so both expose the same functions and nothing generic.
 */
export function buildApi(
  invoke: (channel: ChannelName, input: unknown) => Promise<unknown>,
  subscribe: (listener: (event: ChangeEvent) => void) => () => void,
): Api {
  const api: Record<string, unknown> = { onChange: subscribe };
  for (const area of Object.keys(contract) as Area[]) {
    const fns: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const name of Object.keys(contract[area])) {
      const ch = `${area}.${name}` as ChannelName;
      // Refused here too, so an oversized call is never copied across to main, which refuses it as well.
      fns[name] = (input: unknown) => {
        const refused = refuseOversized(ch, input ?? {});
        return refused ? Promise.resolve(refused) : invoke(ch, input ?? {});
      };
    }
    api[area] = Object.freeze(fns);
  }
  return Object.freeze(api) as Api;
}
