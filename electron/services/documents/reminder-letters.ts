import { missingForLetters } from '../../../shared/domain/documents/company';
import { letterInputFor } from '../../../shared/domain/documents/reminder-content';
import type { ReminderRow } from '../../../shared/domain/dunning/records';
import type { Settings } from '../../../shared/settings';
import { AppFailure, issue } from '../../../shared/result';
import type { LetterFonts } from './fonts';
import type { LetterFiles } from './letter-files';
import { renderLetter } from './letter';

/** Channels that send a letter: post always, e-mail-or-post when the dunning contact has no e-mail address. */
export const goesByPost = (r: Pick<ReminderRow, 'channel' | 'contact'>) =>
  r.channel === 'post' || r.channel === 'email_and_post' || (r.channel === 'email_or_post' && !r.contact.email);

/** A run cannot print without the details every letter carries: the refusal names each one. */
export function requireCompany(settings: Settings): void {
  const missing = missingForLetters(settings.company);
  if (missing.length === 0) return;
  throw new AppFailure(
    'validation',
    `company details missing: ${missing.join(', ')}`,
    missing.map((field) => issue(`company.${field}`, `errors.company.missing.${field}`, `${field} is missing`)),
  );
}

export type LetterMaker = (r: ReminderRow, date: string, now: string) => Promise<Uint8Array | null>;

/** Renders a reminder's letter on a date, to the dunning contact it carries; null when the reminder has no postal address. */
export function letterMaker(settings: Settings, fonts: () => Promise<LetterFonts>, files: LetterFiles): LetterMaker {
  let logo: Promise<Uint8Array | null> | null = null;
  return async (r, date, now) => {
    const input = letterInputFor(r, r.contact, settings.company, date);
    if (!input) return null;
    logo ??= settings.company.logo ? files.readLogo(settings.company.logo).catch(() => null) : Promise.resolve(null);
    return renderLetter(input, settings.letterWindow, { fonts: await fonts(), logo: await logo, createdAt: now });
  };
}
