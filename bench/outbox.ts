// The outbox's figures: e-mails rendered from the MJML templates, and e-mails sent through the outbox (real store in
// Chromium, main's dispatcher, nodemailer) to a local SMTP server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emailTemplates, emailView } from '../electron/services/outbox/email';
import { reminderText } from '../shared/domain/documents/reminder-content';
import { sampleCompany } from '../tests/documents/sample-letter';
import { frozen, invoice, recipient } from '../tests/documents/sample-reminder';
import { call } from '../tests/shell/dispatch';
import { debtors, executeRun, mailAccount, mailOffice } from '../tests/shell/office';
import { startShell } from '../tests/shell/shell';
import { testSmtp } from '../tests/shell/smtp';

const root = path.resolve(import.meta.dirname, '..');
const languages = ['nl', 'en', 'de', 'fr'] as const;

/** `count` e-mails in the four languages, each a reminder of its own, rendered to HTML and text; the templates compile on first use, inside the time. */
export async function renderBench(count: number) {
  const views = Array.from({ length: count }, (_, k) => {
    const language = languages[k % languages.length]!;
    const r = { ...frozen(language, (1 + (k % 3)) as 1 | 2 | 3, [invoice(String(k).padStart(4, '0'), '2026-09-15', 10_000 + k)]), customerName: `Klant ${k} & Zn.` };
    return { language, view: emailView(r, reminderText(r, recipient, sampleCompany)!, sampleCompany, true) };
  });
  const templates = emailTemplates(path.join(root, 'resources'));
  const start = performance.now();
  let bytes = 0;
  for (const { language, view } of views) bytes = Math.max(bytes, Buffer.byteLength((await templates.render(language, view)).html));
  return { count, ms: performance.now() - start, largestHtml: bytes };
}

/**
 * `count` customers with an overdue invoice, one run executed: its e-mails rendered with their letters and queued,
 * then the account set and the clock started when the dispatcher may send. Sent means the server answered 250.
 */
export async function sendBench(count: number) {
  const smtp = await testSmtp('accept', { parse: false });
  const profileDir = mkdtempSync(path.join(tmpdir(), 'debitum-bench-outbox-'));
  const shell = await startShell({ profileDir, withUi: false });
  try {
    await mailOffice(shell.main, null);
    await debtors(shell.main, Array.from({ length: count }, (_, k) => `Klant ${k + 1}`));
    const queueStart = performance.now();
    await executeRun(shell.main);
    const queueMs = performance.now() - queueStart;
    const sendStart = performance.now();
    await call(shell.main, 'settings.update', { mail: mailAccount(smtp.port) });
    const deadline = sendStart + 300_000;
    while (smtp.received.length < count && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    const sendMs = performance.now() - sendStart;
    return { count, sent: smtp.received.length, queueMs, sendMs, perSecond: (smtp.received.length / sendMs) * 1000 };
  } finally {
    shell.main.halt();
    await shell.context.close();
    await smtp.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
