import { businessDateAt, pinnedClock, type PinnedClock } from '../../electron/services/clock';

/**
 * The instant every test, screenshot and benchmark starts at, unless it sets its own: a Monday morning in the
 * office's time zone. Nothing in the suite reads the machine's clock or zone.
 */
export const PINNED_INSTANT = '2026-11-23T10:00:00+01:00';
export const TIME_ZONE = 'Europe/Amsterdam';
/** The business date of PINNED_INSTANT: what "today" is in a test that does not move its clock. */
export const TODAY = businessDateAt(Date.parse(PINNED_INSTANT), TIME_ZONE);

export const testClock = (instant = PINNED_INSTANT): PinnedClock => pinnedClock(instant, TIME_ZONE);
