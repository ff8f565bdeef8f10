import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function calc(...args: string[]): { code: number | null; json: Record<string, unknown> | null; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/calc.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, json: r.stdout ? (JSON.parse(r.stdout) as Record<string, unknown>) : null, stderr: r.stderr };
}

// Each case starts Node with tsx (about half a second, more on a busy machine): the default 5 s is too tight.
describe('npm run calc', { timeout: 60_000 }, () => {
  it('answers costs and interest as JSON', () => {
    expect(calc('costs', 'NL', 'consumer', '4321.00')).toMatchObject({ code: 0, json: { costsCents: 55_710, rule: 'nl-wik' } });
    expect(calc('costs', 'NL', 'business', '100')).toMatchObject({ code: 0, json: { costsCents: 4_000 } });
    expect(calc('costs', 'BE', 'consumer', '400.00')).toMatchObject({ code: 0, json: { costsCents: 5_500 } });
    expect(calc('costs', 'BE', 'business', '9999.99')).toMatchObject({ code: 0, json: { costsCents: 4_000 } });
    expect(calc('costs', 'DE', 'consumer', '5000.00')).toMatchObject({ code: 0, json: { costsCents: 0 } });
    const r = calc('interest', 'DE', 'business', '1000.00', '2025-03-01', '2025-08-31');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ interestCents: 5_511, periods: [{ days: 122, ratePct: '11.27', amountCents: 3_767 }, { days: 62, ratePct: '10.27', amountCents: 1_744 }] });
  });

  it.each([
    [['costs', 'FR', 'consumer', '10.00'], /country must be NL, BE or DE/],
    [['costs', 'NL', 'person', '10.00'], /kind must be business or consumer/],
    [['costs', 'NL', 'consumer', '43,21'], /decimal point/],
    [['costs', 'NL', 'consumer', '1000000000.00'], /at most 999999999.99/],
    [['interest', 'NL', 'consumer', '10.00', '2026-02-30', '2026-03-31'], /first day must be a date/],
    [['interest', 'NL', 'consumer', '10.00', '2026-03-31', '2026-03-01'], /before first day/],
    [['interest', 'DE', 'consumer', '10.00', '2020-01-01', '2020-03-01'], /no rate known before 2023-01-01/],
    [['sum', '1', '2'], /usage/],
  ])('%j is refused with a message and exit 1', (args, message) => {
    const r = calc(...args);
    expect(r.code).toBe(1);
    expect(r.json).toBeNull();
    expect(r.stderr).toMatch(message);
  });
});
