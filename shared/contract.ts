import { z } from 'zod';
import type { Result } from './result';
import { activityInputSchema, activitySchema } from './domain/customer/activity';
import { addressInputSchema, addressSchema } from './domain/customer/address';
import { attachmentSchema, linkInputSchema, MAX_ATTACHMENT_BYTES } from './domain/customer/attachment';
import { auditEntrySchema } from './domain/customer/audit';
import { contactInputSchema, contactSchema } from './domain/customer/contact';
import { customerInputSchema, customerSchema, customerSettingsSchema, emailBookInputSchema } from './domain/customer/customer';
import type { DunningContact } from './domain/dunning/dunning-contact';
import { dunningOverridesSchema } from './domain/dunning/dunning-overrides';
import { allocationListSchema, allocationSchema, creditInputSchema, creditSchema } from './domain/payment/credit';
import { disputeInputSchema, invoiceInputSchema, invoiceSchema, nextActionInputSchema, promiseInputSchema } from './domain/invoice/invoice';
import { receivablesPageSchema, receivablesQuerySchema } from './domain/invoice/receivables';
import { invoiceDetailSchema } from './domain/invoice/detail';
import { commentInputSchema, dossierEntrySchema } from './domain/invoice/dossier';
import { importOutcomeSchema, importPreviewSchema } from './domain/import/preview';
import { csvMappingSchema } from './domain/import/csv-mapping';
import { MAX_IMPORT_BYTES } from './domain/import/import-record';
import { refuseOversized } from './payload';
import { bankEntrySchema } from './domain/bank/bank-entry';
import { invoiceCandidateSchema, invoiceSearchSchema, manualMatchSchema, unmatchedEntrySchema } from './domain/bank/manual-matching';
import { settingsSchema, settingsPatchSchema } from './settings';
import { idSchema } from './domain/id';

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const none = z.object({}).strict();
const id = z.object({ id: idSchema }).strict();

/** Import files arrive as base64 from the UI's file picker. */
const MAX_IMPORT_FILES = 200;
const importFileSchema = z
  .object({
    name: z.string().trim().min(1).max(255),
    contentBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, 'errors.import.tooLarge'),
  })
  .strict();

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
  addresses: z.array(addressSchema),
  contacts: z.array(contactSchema),
  activities: z.array(activitySchema),
  attachments: z.array(attachmentSchema),
  /** The newest 200 changes to the customer, its addresses and contacts. */
  history: z.array(auditEntrySchema),
  dunningContact: z.custom<DunningContact>((v) => typeof v === 'object' && v !== null),
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
    update: channel(z.object({ id: idSchema, fields: customerInputSchema }).strict(), customerSchema),
    setActive: channel(z.object({ id: idSchema, active: z.boolean() }).strict(), customerSchema),
    delete: channel(id, z.object({ id: z.string() })),
    setEmails: channel(z.object({ id: idSchema, emails: emailBookInputSchema }).strict(), customerSchema),
    setDunningOverrides: channel(z.object({ id: idSchema, overrides: dunningOverridesSchema }).strict(), customerSchema),
    updateSettings: channel(z.object({ id: idSchema, settings: customerSettingsSchema }).strict(), customerSchema),
  },
  addresses: {
    add: channel(z.object({ customerId: idSchema, address: addressInputSchema }).strict(), addressSchema),
    update: channel(z.object({ id: idSchema, address: addressInputSchema }).strict(), addressSchema),
    makeHeadOffice: channel(id, addressSchema),
    remove: channel(id, z.object({ id: z.string() })),
  },
  contacts: {
    add: channel(z.object({ customerId: idSchema, contact: contactInputSchema }).strict(), contactSchema),
    update: channel(z.object({ id: idSchema, contact: contactInputSchema }).strict(), contactSchema),
    setActive: channel(z.object({ id: idSchema, active: z.boolean() }).strict(), contactSchema),
    remove: channel(id, z.object({ id: z.string() })),
    tags: channel(none, z.object({ roles: z.array(z.string()), keywords: z.array(z.string()) })),
    byTag: channel(
      z.object({ kind: z.enum(['role', 'keyword']), tag: z.string().trim().min(1).max(40) }).strict(),
      z.array(contactSchema.extend({ customerName: z.string(), customerNumber: z.string() })),
    ),
  },
  activities: {
    add: channel(activityInputSchema, activitySchema),
    setDone: channel(z.object({ id: idSchema, done: z.boolean() }).strict(), activitySchema),
  },
  attachments: {
    addFile: channel(
      z
        .object({
          customerId: idSchema,
          name: z.string().trim().min(1).max(255),
          /** The file's bytes as base64; the UI reads them from a file input or a drop. */
          contentBase64: z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, 'errors.attachment.tooLarge'),
        })
        .strict(),
      attachmentSchema,
    ),
    addLink: channel(linkInputSchema, attachmentSchema),
    open: channel(id, z.object({ opened: z.string() })),
    remove: channel(id, z.object({ id: z.string() })),
  },
  invoices: {
    create: channel(invoiceInputSchema, invoiceSchema),
    setDispute: channel(disputeInputSchema, invoiceSchema),
    setPromise: channel(promiseInputSchema, invoiceSchema),
    setNextAction: channel(nextActionInputSchema, invoiceSchema),
    /** The invoice view: the invoice, its customer, what was allocated to it, and its dossier (newest first). */
    get: channel(id, invoiceDetailSchema),
    comment: channel(commentInputSchema, dossierEntrySchema),
  },
  receivables: {
    /** One page of invoices under the filters, with the count and the totals per currency of all that match. */
    list: channel(receivablesQuerySchema, receivablesPageSchema),
  },
  payments: {
    /** Books a payment or credit note with its allocations; a known dedupe key books nothing and says so. */
    add: channel(creditInputSchema, z.object({ credit: creditSchema, duplicate: z.boolean() })),
    allocate: channel(z.object({ creditId: idSchema, allocations: allocationListSchema.min(1) }).strict(), creditSchema),
    undo: channel(id, allocationSchema),
    forCustomer: channel(
      z.object({ customerId: idSchema }).strict(),
      z.object({ credits: z.array(creditSchema), allocations: z.array(allocationSchema.extend({ invoiceNumber: z.string() })) }),
    ),
  },
  imports: {
    /** What importing these files would bring, and what not and why; nothing is written. */
    preview: channel(
      z
        .object({
          files: z.array(importFileSchema).min(1).max(MAX_IMPORT_FILES),
          /** The user's column mapping for the CSV files; without it a saved source's or a guessed one is used. */
          csv: z
            .object({
              mapping: csvMappingSchema,
              delimiter: z.enum([';', ',', '\t', '|']),
              source: z.string().trim().max(60).default(''),
              prefix: z.string().trim().max(10).default(''),
            })
            .strict()
            .optional(),
        })
        .strict(),
      importPreviewSchema,
    ),
    /** Writes a preview, all or nothing; refuses when the ledger changed since the preview. */
    commit: channel(z.object({ previewId: idSchema }).strict(), importOutcomeSchema),
  },
  bank: {
    /** Statement entries waiting for manual matching, each with ranked candidate invoices. */
    unmatched: channel(none, z.array(unmatchedEntrySchema)),
    searchInvoices: channel(invoiceSearchSchema, z.array(invoiceCandidateSchema)),
    match: channel(manualMatchSchema, bankEntrySchema),
    ignore: channel(z.object({ entryId: idSchema }).strict(), bankEntrySchema),
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
export const tableNames = ['customers', 'invoices', 'addresses', 'contacts', 'activities', 'attachments', 'audit', 'credits', 'allocations', 'meta', 'dossier', 'imports', 'bankEntries'] as const;
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
