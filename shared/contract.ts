import { z } from 'zod';
import type { Result } from './result';
import { customerInputSchema, customerSchema } from './domain/customer/customer';
import { invoiceInputSchema, invoiceSchema } from './domain/invoice/invoice';
import { settingsSchema, settingsPatchSchema } from './settings';

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const none = z.object({}).strict();
const id = z.object({ id: z.string().min(1) }).strict();

export const customerSortColumns = ['number', 'name', 'city', 'openBalanceCents', 'creditLimitCents'] as const;
export type CustomerSortColumn = (typeof customerSortColumns)[number];

export const customerListInputSchema = z
  .object({
    search: z.string().max(200).default(''),
    showInactive: z.boolean().default(false),
    sort: z.enum(customerSortColumns).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type CustomerListQuery = z.output<typeof customerListInputSchema>;

export const customerRowSchema = customerSchema.pick({
  id: true,
  number: true,
  name: true,
  city: true,
  country: true,
  active: true,
  openBalanceCents: true,
  creditLimitCents: true,
});
export type CustomerRow = z.infer<typeof customerRowSchema>;

export const customerCardSchema = z.object({
  customer: customerSchema,
  /** The business date the overdue figures were computed for, so the UI counts days overdue from the same day. */
  today: z.string(),
  openInvoices: z.array(invoiceSchema),
  /** Open amounts per currency; the EUR figure equals the customer's maintained open balance. */
  openByCurrency: z.record(z.string(), z.number().int()),
  overdueByCurrency: z.record(z.string(), z.number().int()),
});
export type CustomerCard = z.infer<typeof customerCardSchema>;

/**
 * Every channel between the UI and main, once. The UI sees these as `window.api.<area>.<name>(input)`, main
 * registers one handler per entry, and the store host is reached only by main.
 */
export const contract = {
  app: {
    info: channel(none, z.object({ version: z.string(), shell: z.enum(['electron', 'test']) })),
  },
  settings: {
    get: channel(none, settingsSchema),
    update: channel(settingsPatchSchema, settingsSchema),
  },
  customers: {
    list: channel(customerListInputSchema, z.object({ rows: z.array(customerRowSchema), total: z.number().int() })),
    get: channel(id, customerCardSchema),
    nextNumber: channel(none, z.object({ number: z.string() })),
    create: channel(customerInputSchema, customerSchema),
    update: channel(z.object({ id: z.string().min(1), fields: customerInputSchema }).strict(), customerSchema),
    setActive: channel(z.object({ id: z.string().min(1), active: z.boolean() }).strict(), customerSchema),
    delete: channel(id, z.object({ id: z.string() })),
  },
  invoices: {
    create: channel(invoiceInputSchema, invoiceSchema),
  },
  demo: {
    load: channel(
      z.object({ customers: z.number().int().min(1).max(20_000), invoicesPerCustomer: z.number().int().min(0).max(100) }).strict(),
      z.object({ customers: z.number().int(), invoices: z.number().int() }),
    ),
  },
} as const;

export type Contract = typeof contract;
export type Area = keyof Contract;
export type ChannelName = { [A in Area]: `${A}.${Extract<keyof Contract[A], string>}` }[Area];

type Def = { input: z.ZodType; output: z.ZodType };
export type InputOf<D extends Def> = z.input<D['input']>;
export type ParsedInputOf<D extends Def> = z.output<D['input']>;
export type OutputOf<D extends Def> = z.output<D['output']>;

/** The tables a change event can name; the UI refetches queries that read them. */
export const tableNames = ['customers', 'invoices'] as const;
export type TableName = (typeof tableNames)[number];
export const changeEventSchema = z.object({ tables: z.array(z.enum(tableNames)) });
export type ChangeEvent = z.infer<typeof changeEventSchema>;

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
      fns[name] = (input: unknown) => invoke(ch, input ?? {});
    }
    api[area] = Object.freeze(fns);
  }
  return Object.freeze(api) as Api;
}
