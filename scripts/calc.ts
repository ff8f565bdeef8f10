// `npm run -s calc -- costs COUNTRY KIND AMOUNT` and `npm run -s calc -- interest COUNTRY KIND AMOUNT FIRST LAST`:
// the statutory collection costs or interest the app would charge, as JSON, for support and for checking a letter.
// COUNTRY is NL, BE or DE; KIND business or consumer; AMOUNT euros with a decimal point (4321.00); FIRST and LAST
// the first and last day of interest (YYYY-MM-DD), both counted. Bad input: a message on stderr and exit 1.
import { isRealDate } from '../shared/domain/dates';
import { type CustomerKind, type Jurisdiction, statutoryCosts, statutoryInterest } from '../shared/domain/dunning/statutory';

const USAGE = 'usage: npm run -s calc -- costs NL|BE|DE business|consumer AMOUNT\n       npm run -s calc -- interest NL|BE|DE business|consumer AMOUNT FIRST-DAY LAST-DAY';
const MAX_CENTS = 99_999_999_999;

class InputError extends Error {}

function country(s: string | undefined): Jurisdiction {
  if (s === 'NL' || s === 'BE' || s === 'DE') return s;
  throw new InputError(`country must be NL, BE or DE, not "${s ?? ''}"`);
}

function kind(s: string | undefined): CustomerKind {
  if (s === 'business' || s === 'consumer') return s;
  throw new InputError(`kind must be business or consumer, not "${s ?? ''}"`);
}

function cents(s: string | undefined): number {
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(s ?? '');
  if (!m) throw new InputError(`amount must be euros with a decimal point, e.g. 4321.00, not "${s ?? ''}"`);
  const value = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (value > MAX_CENTS) throw new InputError(`amount must be at most 999999999.99, not ${s}`);
  return value;
}

function day(s: string | undefined, what: string): string {
  if (!s || !isRealDate(s)) throw new InputError(`${what} must be a date YYYY-MM-DD, not "${s ?? ''}"`);
  return s;
}

function calculate(args: string[]): unknown {
  const [what, c, k, amount, first, last, ...rest] = args;
  if (what === 'costs' && first === undefined) {
    const input = { country: country(c), kind: kind(k), principalCents: cents(amount) };
    return { ...statutoryCosts(input.country, input.kind, input.principalCents), ...input };
  }
  if (what === 'interest' && rest.length === 0) {
    const input = { country: country(c), kind: kind(k), principalCents: cents(amount), firstDay: day(first, 'first day'), lastDay: day(last, 'last day') };
    if (input.lastDay < input.firstDay) throw new InputError(`last day ${input.lastDay} is before first day ${input.firstDay}`);
    const r = statutoryInterest(input.country, input.kind, input.principalCents, input.firstDay, input.lastDay);
    return { interestCents: r.interestCents, ...input, periods: r.periods };
  }
  throw new InputError(USAGE);
}

try {
  process.stdout.write(`${JSON.stringify(calculate(process.argv.slice(2)))}\n`);
} catch (e) {
  // A rate table that does not reach back far enough is bad input too: the date is outside what the app knows.
  process.stderr.write(`calc: ${e instanceof InputError || e instanceof RangeError ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
