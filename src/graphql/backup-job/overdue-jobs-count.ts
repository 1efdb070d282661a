/**
 * How many jobs Query.overdueJobs returns when `first` is not given: enough for any dashboard,
 * while the argument keeps the list bounded however many jobs fall late at once. Apart from
 * queries.ts so the cost limit (plugins/list-bounds.ts) can read it without building the schema.
 */
export const OVERDUE_JOBS_DEFAULT_COUNT = 100;
