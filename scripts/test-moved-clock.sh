#!/usr/bin/env bash
# Runs the unit, store and end-to-end tests again with the machine's clock and time zone moved (libfaketime from
# Debian's `faketime`), to show that no test depends on the real date or zone: they all pin the business clock.
# Expects `npm run build` to have run (npm test does it).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v faketime >/dev/null || { echo "faketime is not installed (Debian: apt-get install faketime)" >&2; exit 1; }

# Every unit test runs at both moments. The browser tests, which take minutes, are split between them: each runs
# once with a moved clock, which is what shows it reads no date of its own.
run_at() {
  local zone=$1 moment=$2 shard=$3
  echo "== tests with the machine's clock at $moment in $zone (browser tests: shard $shard) =="
  TZ=$zone faketime "$moment" npx vitest run
  DEBITUM_MOVED_CLOCK=1 TZ=$zone faketime "$moment" npx playwright test --shard="$shard"
}

# Late on the last day of February (a day before the month turns; 1 March already in UTC+9), and a leap day far
# from the pinned date, in a zone behind UTC.
run_at Europe/Amsterdam '2027-02-28 23:30:00' 1/2
run_at America/New_York '2028-02-29 12:00:00' 2/2
