import { crc32, deflateSync } from 'node:zlib';
import type { Language } from '../../shared/domain/customer/customer';
import { companySchema } from '../../shared/domain/documents/company';
import { type LetterInput, letterInputSchema } from '../../shared/domain/documents/letter-input';
import { formatLetterMoney, formatLongDate } from '../../shared/domain/documents/letter-labels';
import { defaultTexts } from '../../shared/domain/dunning/default-texts';
import { renderText, type TextValues } from '../../shared/domain/dunning/texts';

/** The names DOMAIN.md §4 says must print right, spread over the company, the recipient and the contact. */
export const DIACRITICS = ['Łódź', 'Müller', 'Zoë', 'Çelik', 'Őry', 'Ærø'] as const;

export const sampleCompany = companySchema.parse({
  legalName: 'Ærø Incasso B.V.',
  street: 'Keizersgracht 123',
  postcode: '1015 CJ',
  city: 'Amsterdam',
  country: 'NL',
  phone: '+31 20 123 4567',
  email: 'debiteuren@aero-incasso.nl',
  website: 'www.aero-incasso.nl',
  vatNumber: 'NL123456782B01',
  registrationNumber: '12345678',
  iban: 'NL91ABNA0417164300',
  bic: 'ABNANL2A',
  signatureName: 'Zoë Çelik',
  signatureFunction: 'Credit control',
  footerLine: 'Op al onze leveringen zijn onze algemene voorwaarden van toepassing.',
});

const salutations: Record<Language, string> = {
  nl: 'Geachte heer Őry,',
  en: 'Dear Mr Őry,',
  de: 'Sehr geehrter Herr Őry,',
  fr: 'Monsieur Őry,',
};

const countries: Record<Language, string> = { nl: 'Polen', en: 'Poland', de: 'Polen', fr: 'Pologne' };

type Item = LetterInput['items'][number];

/** `count` invoices from 2025 with statutory-looking interest on every other one; sums are exact by construction. */
export function sampleItems(count: number): Item[] {
  return Array.from({ length: count }, (_, i) => {
    const amountCents = 12_100 + i * 7_345;
    const openCents = i % 3 === 2 ? Math.round(amountCents / 2) : amountCents;
    const day = String((i % 27) + 1).padStart(2, '0');
    return {
      number: `2025-${String(1041 + i).padStart(5, '0')}`,
      issueDate: `2025-0${(i % 5) + 1}-${day}`,
      dueDate: `2025-0${(i % 5) + 2}-${day}`,
      amountCents,
      openCents,
      daysOverdue: 200 - (i % 5) * 30,
      interest:
        i % 2 === 0
          ? [
              { from: `2025-0${(i % 5) + 2}-${day}`, to: '2025-06-30', days: 31 + i, ratePct: '11.15', amountCents: 95 + i * 3 },
              { from: '2025-07-01', to: '2026-01-31', days: 215, ratePct: '10.15', amountCents: 722 + i * 11 },
            ]
          : [],
    };
  });
}

/** A reminder as the dunning run freezes it: the shipped text of the level, filled in, in the customer's language. */
export function sampleLetter(language: Language, options: { items?: Item[]; currency?: string; levelId?: string } = {}): LetterInput {
  const items = options.items ?? sampleItems(3);
  const currency = options.currency ?? 'EUR';
  const costs = [{ label: 'collectionCosts' as const, cents: 4_000 }];
  const interestCents = items.reduce((s, i) => s + i.interest.reduce((t, p) => t + p.amountCents, 0), 0);
  const principal = items.reduce((s, i) => s + i.openCents, 0);
  const totalCents = principal + interestCents + costs.reduce((s, c) => s + c.cents, 0);
  const money = (c: number) => formatLetterMoney(c, currency, language);
  const date = '2026-02-02';
  const payBy = '2026-02-16';
  const paymentReference = 'RF18539007547034';
  const values: TextValues = {
    'customer.name': 'Łódź Trading sp. z o.o.',
    'customer.number': 'K-10042',
    'contact.name': 'Jan Őry',
    salutation: salutations[language],
    'invoice.number': '',
    'invoice.date': '',
    'invoice.dueDate': '',
    invoiceCount: String(items.length),
    principal: money(principal),
    interest: money(interestCents),
    costs: money(4_000),
    totalDue: money(totalCents),
    payBy: formatLongDate(payBy, language),
    paymentReference,
    iban: 'NL91 ABNA 0417 1643 00',
    'company.name': sampleCompany.legalName,
    'company.phone': sampleCompany.phone,
    'company.email': sampleCompany.email,
    'company.enterpriseNumber': sampleCompany.registrationNumber,
    daysOverdue: '200',
    announcedCosts: '',
    'level.name': 'Reminder',
  };
  const text = defaultTexts[language][options.levelId ?? 'polite']!['standard']!;
  const rendered = renderText(text, values);
  return letterInputSchema.parse({
    language,
    company: sampleCompany,
    recipient: { name: 'Łódź Trading sp. z o.o.', contactPerson: 'Jan Őry', street: 'ul. Piotrkowska 104', postcodeCity: '90-926 Łódź', country: countries[language] },
    date,
    ourReference: 'HR-2026-0187',
    customerNumber: 'K-10042',
    contact: { name: 'Zoë Müller', phone: '+31 20 123 4567', email: 'z.muller@aero-incasso.nl' },
    subject: rendered.subject,
    body: rendered.body,
    note: '',
    items,
    costs,
    interestCents,
    totalCents,
    currency,
    payBy,
    paymentReference,
    iban: sampleCompany.iban,
    bic: sampleCompany.bic,
  });
}

/** A small PNG logo made here (a dark band with a lighter mark), so letters can be tried with a letterhead image. */
export function sampleLogo(width = 240, height = 80): Uint8Array {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const mark = Math.hypot(x - height / 2, y - height / 2) < height / 3;
      const band = x > height && y > height * 0.35 && y < height * 0.65;
      const [r, g, b] = mark ? [232, 163, 23] : band ? [26, 61, 107] : [255, 255, 255];
      rows.set([r, g, b], y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]));
}
