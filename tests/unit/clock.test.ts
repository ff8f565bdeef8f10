import { describe, expect, it } from 'vitest';
import { businessDateAt, pinnedClock, systemClock } from '../../electron/services/clock';

describe('the business clock', () => {
  it("gives today's date in the user's time zone, not in UTC", () => {
    // 23:30 in Amsterdam on 28 Feb is already 1 March in Tokyo and still 28 Feb in UTC.
    const instant = Date.parse('2027-02-28T23:30:00+01:00');
    expect(businessDateAt(instant, 'Europe/Amsterdam')).toBe('2027-02-28');
    expect(businessDateAt(instant, 'Asia/Tokyo')).toBe('2027-03-01');
    expect(businessDateAt(instant, 'America/New_York')).toBe('2027-02-28');
    expect(businessDateAt(Date.parse('2027-03-01T00:30:00+01:00'), 'Europe/Amsterdam')).toBe('2027-03-01');
  });

  it('a pinned clock stands still, stamps in order, and moves only when told', () => {
    const clock = pinnedClock('2028-02-28T10:00:00+01:00', 'Europe/Amsterdam');
    expect(clock.today()).toBe('2028-02-28');
    const a = clock.now();
    const b = clock.now();
    expect(a).toBe('2028-02-28T09:00:00.000Z');
    expect(b).toBe('2028-02-28T09:00:00.001Z');
    clock.advanceDays(1);
    expect(clock.today()).toBe('2028-02-29');
    clock.advanceDays(1);
    expect(clock.today()).toBe('2028-03-01');
    expect(clock.now()).toBe('2028-03-01T09:00:00.000Z');
    clock.set('2026-12-31T23:59:00+01:00');
    expect(clock.today()).toBe('2026-12-31');
    clock.advanceDays(40);
    expect(clock.today()).toBe('2027-02-09');
  });

  it('refuses an instant without a zone and a fraction of a day', () => {
    expect(() => pinnedClock('2026-11-23T10:00:00', 'Europe/Amsterdam')).toThrow(/time zone offset/);
    expect(() => pinnedClock('2026-11-23T10:00:00Z', 'Europe/Amsterdam').advanceDays(0.5)).toThrow(/whole days/);
  });

  it("the system clock never hands out the same instant twice, so writes keep their order", () => {
    const clock = systemClock('Europe/Amsterdam');
    const stamps = Array.from({ length: 200 }, () => clock.now());
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]! > stamps[i - 1]!).toBe(true);
    expect(clock.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
