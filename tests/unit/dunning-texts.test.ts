import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { languages } from '../../shared/domain/customer/customer';
import { defaultPolicies } from '../../shared/domain/dunning/default-policies';
import { defaultTexts } from '../../shared/domain/dunning/default-texts';
import {
  chooseText,
  type DunningText,
  type DunningTexts,
  dunningTextSchema,
  paragraphsOf,
  placeholders,
  renderText,
  renderTextHtml,
  templateIssues,
  type TextValues,
} from '../../shared/domain/dunning/texts';
import { zodIssues } from '../../shared/result';

const full: TextValues = {
  'customer.name': 'Łódź Çelik Sp. z o.o.',
  'customer.number': 'K-1042',
  'contact.name': 'Zoë Őry',
  salutation: 'Geachte heer Jansen,',
  'invoice.number': 'F-2026-0117',
  'invoice.date': '3 februari 2026',
  'invoice.dueDate': '5 maart 2026',
  invoiceCount: '1',
  principal: '€ 1.210,00',
  interest: '€ 12,34',
  costs: '€ 181,50',
  totalDue: '€ 1.403,84',
  payBy: '24 maart 2026',
  paymentReference: '5000 0567 8901 2345',
  iban: 'NL91 ABNA 0417 1643 00',
  // Ends with a full stop, so a text that ends a sentence with the name shows up as "B.V..".
  'company.name': 'Müller & Zonen B.V.',
  'company.phone': '+31 20 123 4567',
  'company.email': 'debiteuren@mueller.nl',
  'company.enterpriseNumber': '0123.456.789',
  daysOverdue: '19',
  // Unlike costs, so a text that shows one where the other belongs fails.
  announcedCosts: '€ 175,25',
  'level.name': 'Reminder',
};

/** A statement of several invoices without interest or costs: every optional value empty. */
const statement: TextValues = { ...full, 'invoice.number': '', 'invoice.date': '', 'invoice.dueDate': '', invoiceCount: '3', interest: '', costs: '', paymentReference: '' };

const shipped = languages.flatMap((language) =>
  Object.entries(defaultTexts[language]).flatMap(([levelId, profiles]) => Object.entries(profiles).map(([profile, text]) => ({ language, levelId, profile, text }))),
);
const named = (s: { language: string; levelId: string; profile: string }) => `${s.language}/${s.levelId}/${s.profile}`;
const textOf = (language: (typeof languages)[number], levelId: string) => defaultTexts[language][levelId]!.standard!;

/** What an empty value or a careless edit leaves behind in rendered text. */
function artefacts(s: string): string[] {
  return ['{{', '}}', '  ', ' ,', ' .', '..', '()', ' )'].filter((a) => s.includes(a));
}

describe('the texts that ship', () => {
  it('cover the same levels and profiles in every language, and every level of every default policy', () => {
    const keys = (l: (typeof languages)[number]) => Object.entries(defaultTexts[l]).flatMap(([level, ps]) => Object.keys(ps).map((p) => `${level}/${p}`)).sort();
    expect(keys('nl')).toEqual(['be_first_free/standard', 'de_first/standard', 'final/standard', 'firm/standard', 'firm/strategic', 'nl_fourteen_day/standard', 'polite/standard', 'polite/strategic']);
    for (const l of languages) expect(keys(l), l).toEqual(keys('nl'));
    for (const policy of defaultPolicies) for (const level of policy.levels) for (const l of languages) expect(defaultTexts[l][level.id]?.standard, `${policy.id} ${level.id} ${l}`).toBeDefined();
  });

  it('have no template issues and render, per invoice and as a statement, without leftovers', () => {
    for (const s of shipped) {
      expect(templateIssues(s.text), named(s)).toEqual([]);
      for (const values of [full, statement]) {
        const r = renderText(s.text, values);
        for (const field of ['subject', 'body', 'sms'] as const) expect(artefacts(r[field]), `${named(s)} ${field}`).toEqual([]);
        expect(r.body.startsWith(`${values.salutation}\n\n`), named(s)).toBe(true);
      }
    }
  });

  it('SMS: amount, reference and pay-by date, in the GSM alphabet and at most two segments', () => {
    const gsm = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
    const gsmExtension = '^{}\\[~]|€';
    const plain: TextValues = { ...full, 'customer.name': 'Jansen', 'company.name': 'Bakkerij Jansen BV', 'contact.name': 'Jan Jansen' };
    for (const s of shipped) {
      const sms = renderText(s.text, plain).sms;
      const outside = [...sms].filter((c) => !gsm.includes(c) && !gsmExtension.includes(c));
      expect(outside, named(s)).toEqual([]);
      const septets = [...sms].reduce((n, c) => n + (gsmExtension.includes(c) ? 2 : 1), 0);
      expect(septets, named(s)).toBeLessThanOrEqual(306);
      expect(sms.includes(plain.totalDue) || sms.includes(plain.principal), named(s)).toBe(true);
      expect(sms, named(s)).toContain(plain.paymentReference);
      if (s.levelId !== 'nl_fourteen_day') expect(sms, named(s)).toContain(plain.payBy);
    }
  });

  it('German letters go on in lower case after the salutation', () => {
    for (const s of shipped.filter((t) => t.language === 'de')) {
      for (const values of [full, statement]) {
        const second = paragraphsOf(renderText(s.text, { ...values, salutation: 'Sehr geehrte Frau Müller,' }).body)[1]!;
        expect(second[0], named(s)).toMatch(/\p{Ll}/u);
      }
    }
  });
});

describe('the NL 14-day letter (art. 6:96 lid 6 BW)', () => {
  it('demands payment within fourteen days of the day after delivery, verbatim, never "na heden" or "na verzending"', () => {
    const nl = textOf('nl', 'nl_fourteen_day');
    expect(nl.body).toContain('binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd');
    for (const field of ['subject', 'body', 'sms'] as const) {
      expect(nl[field]).not.toMatch(/na heden|na verzending|na dagtekening/i);
    }
    expect(textOf('en', 'nl_fourteen_day').body).toContain('within fourteen days from the day after this letter has been delivered to you');
    expect(textOf('de', 'nl_fourteen_day').body).toContain('innerhalb von vierzehn Tagen zu zahlen, gerechnet ab dem Tag nach der Zustellung dieses Schreibens');
    expect(textOf('fr', 'nl_fourteen_day').body).toContain('dans un délai de quatorze jours à compter du jour suivant celui où la présente lettre vous a été remise');
  });

  it('names the exact costs in every language and no pay-by date, which would run out before the term', () => {
    for (const l of languages) {
      const t = textOf(l, 'nl_fourteen_day');
      const body = renderText(t, full).body;
      expect(body, l).toContain(full.announcedCosts);
      expect(`${t.subject}${t.body}${t.sms}`, l).not.toContain('payBy');
    }
  });
});

describe('the BE first reminder (Book XIX CEL)', () => {
  it('is free and states the principal, the compensation, the creditor with its enterprise number, and the term', () => {
    const term: Record<string, string> = {
      nl: 'die ingaat op de derde werkdag na de verzending van deze herinnering per post, of op de eerste werkdag na de verzending per e-mail',
      fr: 'qui prend cours le troisième jour ouvrable suivant l’envoi du présent rappel par courrier, ou le premier jour ouvrable suivant son envoi par e-mail',
      en: 'counted from the third working day after this reminder was posted, or from the first working day after it was sent by e-mail',
      de: 'gerechnet ab dem dritten Werktag nach dem Versand dieser Erinnerung per Post oder ab dem ersten Werktag nach dem Versand per E-Mail',
    };
    for (const l of languages) {
      const t = textOf(l, 'be_first_free');
      expect(t.body, l).not.toMatch(/\{\{[#^]?(costs|interest)\}\}/);
      const body = renderText(t, full).body;
      for (const value of [full.principal, full.announcedCosts, full['company.name'], full['company.enterpriseNumber'], full.payBy]) expect(body, l).toContain(value);
      expect(body, l).toContain(term[l]);
    }
  });

  it('says nothing of compensation when none is agreed', () => {
    const body = renderText(textOf('fr', 'be_first_free'), { ...full, announcedCosts: '' }).body;
    expect(body).not.toContain('indemnité');
    expect(artefacts(body)).toEqual([]);
  });
});

describe('the DE first reminder (§ 286 BGB)', () => {
  it('asks for payment by a calendar date and charges nothing', () => {
    for (const l of languages) {
      const t = textOf(l, 'de_first');
      expect(t.body, l).not.toMatch(/\{\{[#^]?costs\}\}/);
      expect(renderText(t, full).body, l).toContain(full.payBy);
    }
    expect(textOf('de', 'de_first').body).toContain('Für diese Zahlungserinnerung berechnen wir keine Gebühren.');
  });
});

const ok: DunningText = { subject: 'Herinnering {{invoice.number}}', body: '{{salutation}}\n\nTe betalen: {{totalDue}}.', sms: '{{totalDue}} voor {{payBy}}' };

describe('templateIssues', () => {
  it('names each unknown placeholder once, in the field where it is', () => {
    const issues = templateIssues({ subject: 'Voor {{custmer.name}}', body: '{{salutation}} {{custmer.name}} {{#intrest}}x{{/intrest}} {{custmer.name}}', sms: '{{totalDue}}' });
    expect(issues).toEqual([
      { field: 'subject', key: 'errors.dunning.unknownPlaceholder', placeholder: 'custmer.name', message: 'unknown placeholder {{custmer.name}}' },
      { field: 'body', key: 'errors.dunning.unknownPlaceholder', placeholder: 'custmer.name', message: 'unknown placeholder {{custmer.name}}' },
      { field: 'body', key: 'errors.dunning.unknownPlaceholder', placeholder: 'intrest', message: 'unknown placeholder {{intrest}}' },
    ]);
  });

  it('names syntax errors and refuses partials, which would render as nothing', () => {
    const issues = templateIssues({ subject: '{{#interest}}rente', body: 'x {{/costs}}', sms: '{{> footer}}' });
    expect(issues.map((i) => [i.field, i.key, i.placeholder])).toEqual([
      ['subject', 'errors.dunning.templateSyntax', 'interest'],
      ['body', 'errors.dunning.templateSyntax', 'costs'],
      ['sms', 'errors.dunning.templateSyntax', 'footer'],
    ]);
    expect(issues[0]!.message).toMatch(/Unclosed section "interest"/);
  });

  it('accepts every documented placeholder, as value and as section', () => {
    const all = Object.keys(placeholders).map((p) => `{{${p}}} {{#${p}}}x{{/${p}}} {{^${p}}}y{{/${p}}}`).join('\n');
    expect(templateIssues({ subject: all, body: all, sms: all })).toEqual([]);
  });

  it('a text with {{custmer.name}} is refused at save, naming it', () => {
    const r = dunningTextSchema.safeParse({ ...ok, body: 'Beste {{custmer.name}},' });
    expect(r.success).toBe(false);
    expect(r.error!.issues).toMatchObject([{ path: ['body'], message: 'errors.dunning.unknownPlaceholder', params: { placeholder: 'custmer.name' } }]);
    expect(dunningTextSchema.safeParse(ok).success).toBe(true);
  });

  it('the refusal that crosses to the UI still names the placeholder', () => {
    const r = dunningTextSchema.safeParse({ ...ok, body: 'Beste {{custmer.name}},' });
    expect(zodIssues(r.error!)).toEqual([
      { field: 'body', key: 'errors.dunning.unknownPlaceholder', params: { placeholder: 'custmer.name', detail: 'unknown placeholder {{custmer.name}}' }, message: 'body: errors.dunning.unknownPlaceholder' },
    ]);
  });
});

describe('chooseText', () => {
  const t = (subject: string): DunningText => ({ ...ok, subject });
  const texts: DunningTexts = {
    nl: { polite: { strategic: t('nl strategic'), standard: t('nl standard') } },
    de: { firm: { strategic: t('de firm strategic') } },
    en: { polite: { strategic: t('en strategic'), standard: t('en standard') }, firm: { standard: t('en firm standard') } },
  };

  it('takes the exact text, then the standard profile, then English with the profile, then English standard', () => {
    const pick = (language: 'nl' | 'de' | 'fr', levelId: string, profile: string) => {
      const c = chooseText(texts, { language, levelId, profile });
      return c && [c.text.subject, c.language, c.profile, c.fallback];
    };
    expect(pick('nl', 'polite', 'strategic')).toEqual(['nl strategic', 'nl', 'strategic', null]);
    expect(pick('nl', 'polite', 'difficult payer')).toEqual(['nl standard', 'nl', 'standard', 'standard_profile']);
    expect(pick('fr', 'polite', 'strategic')).toEqual(['en strategic', 'en', 'strategic', 'english']);
    expect(pick('fr', 'polite', 'difficult payer')).toEqual(['en standard', 'en', 'standard', 'english_standard_profile']);
    expect(pick('de', 'firm', 'difficult payer')).toEqual(['en firm standard', 'en', 'standard', 'english_standard_profile']);
    expect(pick('nl', 'final', 'standard')).toBeNull();
  });

  it('finds the shipped standard text for a profile without texts of its own', () => {
    const c = chooseText(defaultTexts, { language: 'de', levelId: 'final', profile: 'strategic' });
    expect(c?.text).toBe(defaultTexts.de.final!.standard);
    expect(c?.fallback).toBe('standard_profile');
  });
});

describe('rendering', () => {
  const text: DunningText = {
    subject: 'Herinnering voor {{customer.name}}',
    body: '{{salutation}}\n\nR&D-afdeling van {{company.name}}.\n\n{{#interest}}\nRente: {{interest}}.\n{{/interest}}\n\nGroet,\n{{company.name}}',
    sms: '{{company.name}}: {{totalDue}}',
  };
  const values: TextValues = { ...full, 'company.name': 'Zoë & Co <info@x>', 'customer.name': 'Łódź Müller Çelik Őry', salutation: 'Sehr geehrte Frau Müller,' };

  it('plain text keeps "Zoë & Co <info@x>" as is, and leaves Mustache escaping HTML elsewhere', () => {
    const r = renderText(text, values);
    expect(r.body).toBe('Sehr geehrte Frau Müller,\n\nR&D-afdeling van Zoë & Co <info@x>.\n\nRente: € 12,34.\n\nGroet,\nZoë & Co <info@x>');
    expect(r.sms).toBe('Zoë & Co <info@x>: € 1.403,84');
    expect(Mustache.render('{{x}}', { x: 'a & b' })).toBe('a &amp; b');
  });

  it('an empty section leaves no empty paragraph behind', () => {
    expect(paragraphsOf(renderText(text, { ...values, interest: '' }).body)).toEqual(['Sehr geehrte Frau Müller,', 'R&D-afdeling van Zoë & Co <info@x>.', 'Groet,\nZoë & Co <info@x>']);
  });

  it('HTML escapes values and the template text alike, in paragraphs; the subject stays a plain header', () => {
    const r = renderTextHtml(text, values);
    expect(r.html).toBe(
      '<p>Sehr geehrte Frau Müller,</p>\n<p>R&amp;D-afdeling van Zoë &amp; Co &lt;info@x&gt;.</p>\n<p>Rente: € 12,34.</p>\n<p>Groet,<br>Zoë &amp; Co &lt;info@x&gt;</p>',
    );
    expect(r.subject).toBe('Herinnering voor Łódź Müller Çelik Őry');
  });

  it('names with diacritics survive both renderings', () => {
    const names = ['Łódź', 'Müller', 'Çelik', 'Őry'];
    const plain = renderText(text, values);
    const html = renderTextHtml(text, values);
    for (const n of names) {
      expect(plain.subject).toContain(n);
      expect(html.subject).toContain(n);
    }
    expect(html.html).toContain('Müller');
  });

  it('refuses a text with issues rather than printing a blank where a value belongs', () => {
    expect(() => renderText({ ...text, body: 'Te betalen: {{totaalDue}}' }, values)).toThrow(/totaalDue/);
  });
});
