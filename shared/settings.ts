import { z } from 'zod';
import { type Language, languages } from './domain/customer/customer';
import { csvMappingSchema } from './domain/import/csv-mapping';
import { companySchema } from './domain/documents/company';
import { windowProfilePresets, windowProfileSchema } from './domain/documents/window-profiles';
import { smsAccountSchema } from './domain/outbox/sms-gateways';

/**
 * A CSV layout the office imports from regularly (an accounting package's export): a file whose headers equal a
 * saved source's gets that source's mapping, delimiter and invoice-number prefix preselected.
 */
export const csvSourceSchema = z.object({
  name: z.string().trim().min(1).max(60),
  headers: z.array(z.string().max(200)).max(200),
  mapping: csvMappingSchema,
  delimiter: z.enum([';', ',', '\t', '|']),
  prefix: z.string().trim().max(10),
});
export type CsvSource = z.infer<typeof csvSourceSchema>;

/**
 * Debitum's own app registration in Microsoft Entra ID (multi-tenant, public client, "Mobile and desktop
 * applications" with the redirect URI http://127.0.0.1), used when Settings → E-mail names none. Empty while the
 * product has none: then every office enters its own registration's application (client) ID.
 */
export const DEBITUM_MICROSOFT_CLIENT_ID = '';

/**
 * Microsoft 365 / Outlook.com: which app registration signs in and where. `clientId` empty: the product's own
 * registration (DEBITUM_MICROSOFT_CLIENT_ID); an office whose tenant admits only its own apps enters its registration's
 * application (client) ID. `tenant`: 'common' (work and personal accounts), 'organizations' (work accounts only),
 * 'consumers' (Outlook.com only), or the office's own tenant as an id or domain.
 */
export const microsoftSignInSchema = z.object({
  clientId: z.union([z.literal(''), z.guid('errors.mail.clientId')]).default(''),
  tenant: z
    .string()
    .trim()
    .max(253)
    .regex(/^(common|organizations|consumers|[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}|[a-z0-9-]+(\.[a-z0-9-]+)+)$/i, 'errors.mail.tenant')
    .default('common'),
});
export type MicrosoftSignIn = z.infer<typeof microsoftSignInSchema>;

/**
 * The office's e-mail account (Settings → E-mail): an SMTP server with a password, or Microsoft 365 / Outlook.com with
 * OAuth 2 (`provider`). Neither the password nor the tokens are here: the platform's secret store keeps them
 * (Electron safeStorage), never the settings file. `security`: 'tls' is TLS from the first byte (port 465),
 * 'starttls' upgrades a plain connection and refuses to go on without TLS (587), 'none' sends in the clear and is only
 * for a server on the same machine (a local relay, the tests' server). Host, port, security and user are the password
 * account's; Microsoft's server and the signed-in mailbox take their place for 'microsoft'.
 */
export const mailAccountSchema = z.object({
  provider: z.enum(['password', 'microsoft']).default('password'),
  microsoft: microsoftSignInSchema.default({ clientId: '', tenant: 'common' }),
  host: z.string().trim().max(253).regex(/^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*)?$/, 'outbox.errors.host').default(''),
  port: z.number().int().min(1).max(65_535).default(587),
  security: z.enum(['tls', 'starttls', 'none']).default('starttls'),
  user: z.string().trim().max(254).default(''),
  /** Shown as the sender; the company's name when empty. */
  fromName: z.string().trim().max(100).default(''),
  /** The sender's address; the company's e-mail address when empty. */
  fromAddress: z.union([z.literal(''), z.email('errors.email').max(254)]).default(''),
});
export type MailAccount = z.infer<typeof mailAccountSchema>;

export const settingsSchema = z.object({
  /** Written into created-by/updated-by of every record; the app has no logins. */
  userName: z.string().trim().min(1).max(100),
  language: z.enum(languages),
  theme: z.enum(['light', 'dark', 'auto']),
  /** Customer profiles that pick dunning texts (standard, strategic, difficult payer, …); the office's own list. */
  customerProfiles: z.array(z.string().trim().min(1).max(60)).min(1).max(30),
  marketSegments: z.array(z.string().trim().min(1).max(60)).max(100),
  /** The structured payment reference generated for new invoices: Dutch kenmerk, Belgian OGM or ISO 11649 RF. */
  referenceScheme: z.enum(['nl', 'be', 'rf']),
  csvSources: z.array(csvSourceSchema).max(50),
  /** The office's own law: customers abroad get its default dunning policy. */
  officeCountry: z.enum(['NL', 'BE', 'DE']),
  /** Customers who pay by direct debit are left out of dunning (their debit is collected anyway). */
  skipDirectDebit: z.boolean(),
  /** The office's details on every letter, e-mail and QR code (Settings → Company). */
  company: companySchema,
  /** Where the office's window envelopes show the address. */
  letterWindow: windowProfileSchema,
  /** Letters printed on both sides: each is padded to an even page count so the next starts on a new sheet. */
  duplex: z.boolean(),
  mail: mailAccountSchema,
  /** The office's SMS gateway (Settings → SMS); its API key or secret is kept by the secret store. */
  sms: smsAccountSchema,
});
export type Settings = z.infer<typeof settingsSchema>;
// A key sent as undefined (structured clone keeps it) means "unchanged", never "set to nothing".
export const settingsPatchSchema = settingsSchema
  .partial()
  .strict()
  .transform((patch) => Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Settings>);
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/**
 * The customer profiles and market segments every office starts with. They are stored as these words and shown in
 * the reader's language (settings.shipped in the locales) for as long as they are kept; an office's own stay as typed.
 */
export const shippedProfiles = ['standard', 'strategic', 'difficult payer'] as const;
export const shippedSegments = ['retail', 'wholesale', 'construction', 'hospitality', 'healthcare', 'public sector'] as const;

export const defaultSettings: Settings = {
  userName: 'Debitum',
  language: 'en',
  theme: 'auto',
  customerProfiles: [...shippedProfiles],
  marketSegments: [...shippedSegments],
  referenceScheme: 'rf',
  csvSources: [],
  officeCountry: 'NL',
  skipDirectDebit: true,
  company: companySchema.parse({}),
  letterWindow: windowProfilePresets['nl-left'],
  duplex: false,
  mail: mailAccountSchema.parse({}),
  sms: smsAccountSchema.parse({}),
};

/** The first of the system's preferred languages (BCP 47: "de-AT", "nl_BE", "fr") that the app speaks, else English. */
export function languageFromSystem(tags: readonly string[]): Language {
  const spoken = tags.map((tag) => tag.toLowerCase().split(/[-_]/)[0]).find((base): base is Language => (languages as readonly string[]).includes(base ?? ''));
  return spoken ?? 'en';
}
