/** The run with the greatest `date` (ISO text orders as time), or null. */
export function latestOf<T extends { date: string }>(runs: (T | null)[]): T | null {
  let latest: T | null = null;
  for (const run of runs) {
    if (run && (!latest || run.date > latest.date)) latest = run;
  }
  return latest;
}
