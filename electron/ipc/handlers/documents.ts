import type { ReminderRow } from '../../../shared/domain/dunning/records';
import { MAX_LOGO_BYTES } from '../../../shared/contract/documents';
import { logoKind } from '../../../shared/domain/documents/company';
import { reminderTextValues } from '../../../shared/domain/documents/reminder-content';
import { AppFailure, issue } from '../../../shared/result';
import { renderCalibrationPage } from '../../services/documents/calibration';
import { goesByPost, letterMaker, requireCompany } from '../../services/documents/reminder-letters';
import { mergeLetters } from '../../services/documents/print-job';
import { stringify } from 'csv-stringify/sync';
import { handoverTable } from '../../../shared/domain/dunning/handover';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

/** Main renders, keeps and prints letters; the store keeps the reminders and their delivery. */
export const documentsHandlers = ({ store, settings, platform, letters, ctx }: HandlerDeps): Handlers['documents'] => {
  const remindersOf = async (query: { runId?: string; state?: 'to_deliver' }) => {
    const rows: ReminderRow[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await store.call('dunning.reminders', { runId: '', customerId: '', level: 0, channel: '', state: '', ...query, offset, limit: 500 });
      rows.push(...page.rows);
      if (rows.length >= page.total || page.rows.length === 0) return rows;
    }
  };

  return {
    async openLetter({ reminderId }) {
      if (letters.files.hasLetter(reminderId)) {
        await platform.openPath(letters.files.letterPath(reminderId));
        return { path: letters.files.letterPath(reminderId), kept: true };
      }
      const s = settings.get();
      requireCompany(s);
      const c = ctx();
      const row = await store.call('reminderRows.get', { id: reminderId });
      if (!row) throw new AppFailure('not_found', `reminder ${reminderId} does not exist`);
      const pdf = await letterMaker(s, letters.fonts, letters.files)(row, c.today, c.actor.now);
      if (!pdf) throw new AppFailure('validation', 'the dunning contact has no postal address');
      const file = await letters.files.savePreview(reminderId, pdf);
      await platform.openPath(file);
      return { path: file, kept: false };
    },

    async printRun({ runId, printer, saveOnly }) {
      const s = settings.get();
      requireCompany(s);
      const c = ctx();
      const make = letterMaker(s, letters.fonts, letters.files);
      const due = (await remindersOf({ runId, state: 'to_deliver' })).filter(goesByPost);
      const pdfs: Uint8Array[] = [];
      const printed: string[] = [];
      const withoutAddress: { reminderId: string; customerName: string }[] = [];
      for (const r of due) {
        const pdf = await make(r, c.today, c.actor.now);
        if (!pdf) {
          withoutAddress.push({ reminderId: r.id, customerName: r.customerName });
          continue;
        }
        // The letter kept is the letter printed: saved before the print job is made from the same bytes.
        await letters.files.saveLetter(r.id, pdf);
        pdfs.push(pdf);
        printed.push(r.id);
      }
      if (pdfs.length === 0) return { printed: 0, file: null, withoutAddress };
      const file = await letters.files.savePrintJob(runId, await mergeLetters(pdfs, { duplex: s.duplex }));
      if (!saveOnly) await platform.printPdf(file, printer);
      await store.call('dunning.markDelivered', { ids: printed, state: 'delivered', on: c.today, via: 'post', note: '' }, c);
      return { printed: printed.length, file, withoutAddress };
    },

    printers: () => platform.printers(),

    async textValues(input) {
      const { content, contact } = await store.call('reminderRows.sample', input, ctx());
      return { language: content.language, values: reminderTextValues(content, contact, settings.get().company) };
    },

    async setLogo({ file }) {
      const company = settings.get().company;
      if (!file) {
        settings.update({ company: { ...company, logo: null } });
        return { logo: null };
      }
      const bytes = Buffer.from(file.contentBase64, 'base64');
      const kind = logoKind(bytes);
      if (bytes.length > MAX_LOGO_BYTES) throw new AppFailure('validation', 'logo too large', [issue('logo', 'errors.company.logoTooLarge', 'logo too large')]);
      if (!kind) throw new AppFailure('validation', 'not a PNG or JPEG', [issue('logo', 'errors.company.logoNotImage', 'not a PNG or JPEG')]);
      const logo = await letters.files.saveLogo(bytes, kind);
      settings.update({ company: { ...company, logo } });
      return { logo };
    },

    async handover() {
      const c = ctx();
      const rows = await store.call('dunning.handover', {}, c);
      if (rows.length === 0) return { path: null, rows: 0 };
      const csv = stringify(handoverTable(rows, c.office.language), { delimiter: ';', bom: true, record_delimiter: '\r\n' });
      const file = await letters.files.saveExport(`collection-${c.today}.csv`, new TextEncoder().encode(csv));
      await platform.openPath(file);
      return { path: file, rows: rows.length };
    },

    async calibration() {
      const s = settings.get();
      const file = await letters.files.saveCalibration(await renderCalibrationPage(s.letterWindow, { fonts: await letters.fonts(), language: s.language, createdAt: ctx().actor.now }));
      await platform.openPath(file);
      return { path: file };
    },
  };
};
