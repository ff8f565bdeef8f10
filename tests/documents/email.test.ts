import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type * as EmailModule from '../../electron/services/outbox/email';
import { emailTemplates, emailView, MAX_HTML_BYTES } from '../../electron/services/outbox/email';
import { composeEmail } from '../../electron/services/outbox/mime';
import { reminderText } from '../../shared/domain/documents/reminder-content';
import { messageDomain, messageIdHeader } from '../../shared/domain/outbox/message';
import { mjmlTrimmed } from '../../scripts/mjml-trimmed.mjs';
import { sampleCompany } from './sample-letter';
import { frozen, invoice, recipient } from './sample-reminder';

const root = path.resolve(import.meta.dirname, '../..');
const resources = path.join(root, 'resources');
const languages = ['nl', 'en', 'de', 'fr'] as const;

const hostile = { ...sampleCompany, legalName: 'Ærø <script>alert(1)</script> & Zn.' };
/** A second reminder to a customer whose name and note would break HTML; a statement of `count` invoices when asked. */
const viewFor = (language: (typeof languages)[number], count = 1) => {
  const one = frozen(language, 2, [invoice('001', '2026-09-15', 121_000)]);
  const items = Array.from({ length: count }, (_, k) => ({ ...one.items[0]!, number: `2026-${String(k + 1).padStart(3, '0')}` }));
  const r = { ...one, items, customerName: 'Müller & Söhne <b>GmbH</b>', note: 'Uw deelbetaling "12-01" is verwerkt.' };
  return { r, view: emailView(r, reminderText(r, recipient, hostile)!, hostile, true) };
};

describe('reminder e-mails from the MJML templates', () => {
  const templates = emailTemplates(resources);

  it.each(languages)('%s: HTML and text from the same data, every value escaped in the HTML, none left unfilled', async (language) => {
    const { r, view } = viewFor(language);
    const { html, text } = await templates.render(language, view);
    expect(html).toContain(`<html lang="${language}"`);
    expect(Buffer.byteLength(html)).toBeLessThan(MAX_HTML_BYTES);
    // Mustache escapes the slash too (&#x2F;), which any mail client reads as '/'.
    expect(html).toContain('Müller &amp; Söhne &lt;b&gt;GmbH&lt;&#x2F;b&gt;');
    expect(html).toContain('Ærø &lt;script&gt;alert(1)&lt;&#x2F;script&gt; &amp; Zn.');
    expect(html).not.toMatch(/<script|<b>GmbH/);
    expect(text).toContain('Müller & Söhne <b>GmbH</b>');
    expect(text).toContain('Ærø <script>alert(1)</script> & Zn.');
    expect(text).toContain('Uw deelbetaling "12-01" is verwerkt.');
    for (const part of [html, text]) {
      expect(part).not.toMatch(/\{\{|\}\}/);
      expect(part).toContain(view.subject);
      expect(part).toContain(view.totalDue);
      expect(part).toContain('RF18 5390 0754 7034');
      expect(part).toContain(r.items[0]!.number);
    }
    // No web font or remote image: the message loads nothing from outside.
    expect(html).not.toMatch(/src="https?:|<link[^>]+https?:|url\(['"]?https?:|@import/);
  });

  it('lists 40 invoices of a long statement and names the rest as being in the attached letter', async () => {
    const { view } = viewFor('en', 60);
    const { html, text } = await templates.render('en', view);
    expect(html.match(/<tr><td>2026-0/g)).toHaveLength(40);
    expect(text).toContain('20 more invoices are listed in the attached letter.');
    expect(Buffer.byteLength(html)).toBeLessThan(MAX_HTML_BYTES);
  });

  it('composes a 7-bit message with our Message-ID and the PDF attached, read back by mailparser', async () => {
    const { view } = viewFor('de');
    const { html, text } = await templates.render('de', view);
    const messageId = messageIdHeader('msg:rem:inv-1:nl-business:2:1:email:1', messageDomain(sampleCompany.email));
    const pdf = new TextEncoder().encode('%PDF-1.7 stand-in');
    const eml = await composeEmail({ from: { name: 'Ærø Incasso', address: sampleCompany.email }, to: 'ap@zoe.example', subject: view.subject, html, text, pdf: { name: 'K1-20261123-2.pdf', bytes: pdf }, messageId, date: '2026-11-23T09:00:00.000Z' });
    expect(eml).toMatch(/^[\t\r\n -~]*$/);
    const mail = await simpleParser(Buffer.from(eml, 'latin1'));
    expect(mail.messageId).toBe(messageId);
    expect(messageId).toMatch(/^<msg\.rem\.inv-1\.nl-business\.2\.1\.email\.1@aero-incasso\.nl>$/);
    expect(mail.subject).toBe(view.subject);
    expect(mail.date?.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([['K1-20261123-2.pdf', 'application/pdf', '%PDF-1.7 stand-in']]);
    expect(mail.text).toContain('Müller & Söhne <b>GmbH</b>');
  });

  it('renders the same when bundled as main is, with the minifier and the .mjmlconfig reader left out', async () => {
    const entry = path.join(mkdtempSync(path.join(tmpdir(), 'debitum-mjml-')), 'entry.ts');
    writeFileSync(entry, `export * from ${JSON.stringify(path.join(root, 'electron/services/outbox/email'))};\n`);
    const outfile = path.join(path.dirname(entry), 'main.cjs');
    await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron'], plugins: [mjmlTrimmed], logLevel: 'silent' });
    const bundled = createRequire(import.meta.url)(outfile) as typeof EmailModule;
    const { view } = viewFor('nl');
    expect(await bundled.emailTemplates(resources).render('nl', view)).toEqual(await templates.render('nl', view));
  });
});
