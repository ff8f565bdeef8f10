import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { z } from 'zod';
import { normalizePhone } from '../customer/phone';
import { normalizeVat, vatIssue } from '../customer/vat';

const text = (max: number) => z.string().trim().max(max).default('');

/**
 * The office's own details, as Settings → Company keeps them. Every field may be empty while the office fills them
 * in; what a letter cannot do without is named by `missingForLetters`, so a run can say what is missing instead of
 * printing a letter without a bank account.
 */
export const companySchema = z
  .object({
    legalName: text(200),
    street: text(200),
    postcode: text(20),
    city: text(100),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^([A-Z]{2})?$/, 'errors.country')
      .default(''),
    phone: text(30),
    email: z.union([z.literal(''), z.email('errors.email').max(254)]).default(''),
    website: text(200),
    vatNumber: text(20),
    /** Chamber of commerce (KvK), enterprise number (KBO/BCE) or trade register entry (HRB …): letters must show it. */
    registrationNumber: text(40),
    iban: text(42),
    bic: text(11),
    signatureName: text(100),
    signatureFunction: text(100),
    footerLine: text(200),
    /** The logo's file in the app's data folder (PNG or JPEG), or null for a letterhead of text only. */
    logo: z.string().trim().max(300).nullable().default(null),
  })
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (c.iban && !isValidIBAN(electronicFormatIBAN(c.iban) ?? '')) issue('iban', 'errors.company.iban');
    if (c.bic && !isValidBIC(c.bic.toUpperCase())) issue('bic', 'errors.company.bic');
    const vat = vatIssue(c.vatNumber);
    if (vat) issue('vatNumber', vat);
    if (c.phone && c.country && !normalizePhone(c.phone, c.country).ok) issue('phone', 'errors.phone.invalid');
    if (c.website && !/^(https?:\/\/)?[^\s/]+\.[^\s]+$/i.test(c.website)) issue('website', 'errors.company.website');
    if (c.logo !== null) {
      if (c.logo.split(/[\\/]/).some((part) => part === '..' || part === '') || /^[A-Za-z]:/.test(c.logo)) issue('logo', 'errors.company.logoPath');
      else if (!/\.(png|jpe?g)$/i.test(c.logo)) issue('logo', 'errors.company.logoType');
    }
  })
  // One canonical form, so the footer, the QR code and the bank all read the same account.
  .transform((c) => ({
    ...c,
    iban: c.iban ? (electronicFormatIBAN(c.iban) ?? c.iban) : '',
    bic: c.bic.toUpperCase(),
    vatNumber: c.vatNumber ? normalizeVat(c.vatNumber) : '',
  }));

export type CompanyInput = z.input<typeof companySchema>;
export type Company = z.output<typeof companySchema>;
export type CompanyField = keyof Company;

/**
 * What a letter cannot go out without: who writes (name and postal address, which is also the return address in
 * the window), the registration number that NL, BE and DE law require on business letters, the account to pay to,
 * and an e-mail address to answer to. Phone, VAT number, BIC and the rest print when present.
 */
const NEEDED_FOR_LETTERS = ['legalName', 'street', 'postcode', 'city', 'country', 'registrationNumber', 'iban', 'email'] as const satisfies readonly CompanyField[];

export function missingForLetters(company: Company): CompanyField[] {
  return NEEDED_FOR_LETTERS.filter((field) => company[field].trim() === '');
}

/** Whether stored logo bytes are a PNG or a JPEG, by their signature rather than the file's name. */
export function logoKind(bytes: Uint8Array): 'png' | 'jpeg' | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  return null;
}
