import { describe, expect, it } from 'vitest';
import { csvAmount, csvDate, handoverTable } from '../../shared/domain/dunning/handover';
import type { HandoverRow } from '../../shared/domain/dunning/records';

const row: HandoverRow = {
  handedOverOn: '2026-11-30',
  customer: { id: 'c', number: 'K-1', name: 'Müller & Söhne GmbH', vatNumber: 'DE123456789', kind: 'business', language: 'de' },
  contact: { contactPerson: 'Jürgen Groß', email: 'buchhaltung@mueller.example', phone: '+49 30 1234567', address: { street: 'Hauptstraße 5', postcode: '10115', city: 'Berlin', country: 'DE' } },
  invoice: { id: 'i', number: 'R-9', issueDate: '2026-08-01', dueDate: '2026-08-31', currency: 'EUR', amountCents: 100_005, openCents: 5 },
  reminders: [
    { runDate: '2026-09-10', levelName: 'Zahlungserinnerung', channel: 'email', state: 'failed', deliveredOn: null, totalCents: 100_005 },
    { runDate: '2026-09-20', levelName: '1. Mahnung', channel: 'email_and_post', state: 'delivered', deliveredOn: '2026-09-21', totalCents: 104_005 },
  ],
  dossier: [{ kind: 'promise', text: '2026-10-01 zahlt Anfang Oktober', at: '2026-09-25T09:00:00.000Z', by: 'Anna' }],
};

describe('hand-over file', () => {
  it('writes amounts and dates as a spreadsheet in the office language reads them', () => {
    expect([csvAmount(123_450, 'nl'), csvAmount(5, 'de'), csvAmount(-100, 'fr'), csvAmount(123_450, 'en')]).toEqual(['1234,50', '0,05', '-1,00', '1234.50']);
    expect([csvDate('2026-12-02', 'nl'), csvDate('2026-12-02', 'de'), csvDate('2026-12-02', 'fr'), csvDate('2026-12-02T10:00:00Z', 'en')]).toEqual(['02-12-2026', '02.12.2026', '02/12/2026', '2026-12-02']);
  });

  it('has German headers and words for a German office, the history a line per event', () => {
    const [head, cells] = handoverTable([row], 'de');
    const cell = (name: string) => cells![head!.indexOf(name)];
    expect(head).toContain('Schuldner');
    expect(cell('Schuldner')).toBe('Müller & Söhne GmbH');
    expect(cell('Offen')).toBe('0,05');
    expect(cell('Mahnungen')).toBe('10.09.2026 Zahlungserinnerung (E-Mail, fehlgeschlagen) 1000,05\n21.09.2026 1. Mahnung (E-Mail und Post, zugestellt) 1040,05');
    expect(cell('Verlauf')).toBe('25.09.2026 Zahlungszusage: 2026-10-01 zahlt Anfang Oktober (Anna)');
  });

  it('has a header row only when nothing is handed over', () => {
    expect(handoverTable([], 'fr')).toHaveLength(1);
  });
});
