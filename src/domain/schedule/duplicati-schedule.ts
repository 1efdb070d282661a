/**
 * A job's `Schedule` as Duplicati's `/api/v1/backups` returns it → the schedule dupligraph
 * monitors (docs/compatibility/overdue.md#schedules-learnt-from-duplicati).
 *
 * Shapes, from the duplicati/duplicati sources: `Duplicati/WebserverCore/Dto/ScheduleDto.cs`
 * (ID, Tags, Time, Repeat, LastRun, Rule, AllowedDays); `Time` and `LastRun` are epoch seconds
 * in Duplicati's database, read as UTC `DateTime`s and written as ISO 8601 with `Z`
 * (`Duplicati/Library/RestAPI/Database/Connection.cs`), except "never", which is
 * `new DateTime(0)`, written `0001-01-01T00:00:00`; `Rule` holds `AllowedWeekDays=Monday,Tuesday`
 * among `;`-separated parts, read case-insensitively as .NET `DayOfWeek` names
 * (`Duplicati/Library/RestAPI/Database/Schedule.cs`); `AllowedDays` is the same list, written
 * `mon`…`sun` (`Duplicati/WebserverCore/DayOfWeekStringEnumConverter.cs`, which also reads full names).
 * `Time` is the instant the schedule is based on (after each scheduled run, that run's planned
 * time), not always a future one: the next run is found from it as Duplicati's scheduler does
 * (`Duplicati/Library/RestAPI/Scheduler.cs` GetNextValidTime).
 */
import {
  addInterval,
  ALL_WEEKDAYS,
  intervalIsAtLeastOneDay,
  InvalidIntervalError,
  isWeekdayAllowed,
  parseInterval,
  type Interval,
  type Weekday,
} from '../overdue/index.ts';

/** Duplicati's ScheduleDto, as JSON. */
export interface DuplicatiSchedule {
  ID?: number;
  Tags?: string[];
  Time: string;
  Repeat: string;
  LastRun?: string;
  Rule?: string;
  AllowedDays?: string[];
}

/** What a Duplicati schedule tells the monitor; times are ISO 8601 UTC. */
export interface LearnedSchedule {
  /** Duplicati's `Repeat`, verbatim (the same interval grammar). */
  expectedInterval: string;
  /** UTC weekdays, 0 = Sunday; every day when the schedule names none. */
  allowedWeekdays: Weekday[];
  /** The next run Duplicati will start, after its last one. */
  nextExpectedAt: string;
  /** When Duplicati last started the schedule; null when it never has. */
  lastRunAt: string | null;
}

export type DuplicatiScheduleField = 'Schedule.Time' | 'Schedule.Repeat' | 'Schedule.LastRun';

export class InvalidDuplicatiScheduleError extends Error {
  override readonly name = 'InvalidDuplicatiScheduleError';
  constructor(
    readonly field: DuplicatiScheduleField,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/**
 * @throws InvalidDuplicatiScheduleError naming the field when `Time`, `Repeat` or `LastRun` cannot
 *   be read, or when no run can follow (a Repeat that never reaches an allowed weekday).
 */
export function scheduleFromDuplicati(schedule: DuplicatiSchedule, now: Date): LearnedSchedule {
  const interval = readRepeat(schedule.Repeat);
  const base = readDuplicatiTime(schedule.Time, 'Schedule.Time');
  if (base === null) throw new InvalidDuplicatiScheduleError('Schedule.Time', 'the schedule has no start time (year 1)');
  const lastRun = schedule.LastRun === undefined ? null : readDuplicatiTime(schedule.LastRun, 'Schedule.LastRun');
  const allowedWeekdays = weekdaysFromDuplicati(schedule.Rule, schedule.AllowedDays);
  // Duplicati's own time-drift recovery: a last run ahead of the clock counts as now.
  const last = lastRun !== null && lastRun.getTime() > now.getTime() ? now : lastRun;
  // The next run is strictly after the last one (within a second is that run, as docs/compatibility/overdue.md#next-run-function
  // step 1); a schedule that never ran starts at its own time.
  const firstAllowed = last === null ? base : new Date(last.getTime() + 1_000);
  return {
    expectedInterval: interval.text,
    allowedWeekdays: allowedWeekdays.length > 0 ? allowedWeekdays : [...ALL_WEEKDAYS],
    nextExpectedAt: nextValidTime(base, firstAllowed, interval, allowedWeekdays).toISOString(),
    lastRunAt: lastRun === null ? null : lastRun.toISOString(),
  };
}

function readRepeat(repeat: unknown): Interval {
  if (typeof repeat !== 'string') throw new InvalidDuplicatiScheduleError('Schedule.Repeat', 'must be an interval text such as "1D"');
  try {
    return parseInterval(repeat);
  } catch (error) {
    if (error instanceof InvalidIntervalError) throw new InvalidDuplicatiScheduleError('Schedule.Repeat', error.message);
    throw error;
  }
}

const DAY_NAMES: Record<string, Weekday> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** A full name or its first three letters, any case, or a .NET `DayOfWeek` number; null otherwise. */
function weekdayNamed(text: string): Weekday | null {
  const name = text.trim().toLowerCase();
  if (/^[0-6]$/.test(name)) return Number(name) as Weekday;
  if (name in DAY_NAMES) return DAY_NAMES[name]!;
  if (name.length !== 3) return null;
  const full = Object.keys(DAY_NAMES).find((day) => day.startsWith(name));
  return full === undefined ? null : DAY_NAMES[full]!;
}

/**
 * The weekdays of `Rule`'s first `AllowedWeekDays=` part, else of `AllowedDays`; unknown names are
 * dropped, as Duplicati drops them. Empty (every day) when neither names a known day.
 */
export function weekdaysFromDuplicati(rule: string | undefined, allowedDays: readonly string[] | undefined): Weekday[] {
  const fromRule = rule
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.toLowerCase().startsWith('allowedweekdays='));
  const names = fromRule !== undefined ? fromRule.slice('AllowedWeekDays='.length).split(',') : (allowedDays ?? []);
  const days = new Set<Weekday>();
  for (const name of names) {
    if (typeof name !== 'string') continue;
    const day = weekdayNamed(name);
    if (day !== null) days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const COMPACT_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/**
 * An ISO 8601 time as Duplicati's API writes it (`2025-11-25T02:00:00Z`; zone-less is UTC, the
 * only zone-less value being "never") or its compact form (`20251125T020000Z`). Null for
 * "never" (year 1).
 */
export function readDuplicatiTime(text: unknown, field: DuplicatiScheduleField): Date | null {
  const match = typeof text === 'string' ? (ISO_TIME.exec(text.trim()) ?? COMPACT_TIME.exec(text.trim())) : null;
  if (!match) {
    throw new InvalidDuplicatiScheduleError(
      field,
      `expected a time such as "2025-11-25T02:00:00Z", got ${JSON.stringify(text) ?? String(text)}`,
    );
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (year <= 1) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const asRead = new Date(wall);
  if (asRead.getUTCMonth() !== month - 1 || asRead.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw new InvalidDuplicatiScheduleError(field, `${JSON.stringify(text)} is not a real date and time`);
  }
  const fraction = match[7] ? Math.floor(Number(match[7]) * 1000) : 0;
  return new Date(wall + fraction - offsetMinutes(match[8]) * 60_000);
}

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

/** Duplicati's scheduler caps its loops the same way. */
const MAX_STEPS = 50_000;
const MAX_DAY_STEPS = 8;

/**
 * GetNextValidTime of Duplicati's scheduler: step `base` by the interval until it reaches
 * `firstAllowed`, then move on to an allowed weekday (day by day for intervals of a day or more,
 * by the interval otherwise). Weekdays are UTC, as everywhere in overdue monitoring
 * (docs/compatibility/overdue.md#next-run-function); Duplicati tests them in its own zone.
 */
function nextValidTime(base: Date, firstAllowed: Date, interval: Interval, allowedWeekdays: readonly number[]): Date {
  let candidate = new Date(base.getTime());
  for (let steps = 0; candidate.getTime() < firstAllowed.getTime(); steps++) {
    if (steps >= MAX_STEPS) throw unreachable(`adding ${interval.text} ${MAX_STEPS} times does not reach ${firstAllowed.toISOString()}`);
    candidate = addInterval(candidate, interval);
  }
  const dayByDay = intervalIsAtLeastOneDay(interval);
  for (let steps = 0; !isWeekdayAllowed(allowedWeekdays, candidate); steps++) {
    if (steps >= (dayByDay ? MAX_DAY_STEPS : MAX_STEPS)) throw unreachable('no allowed weekday is ever reached');
    if (dayByDay) candidate.setUTCDate(candidate.getUTCDate() + 1);
    else candidate = addInterval(candidate, interval);
  }
  if (Number.isNaN(candidate.getTime())) throw unreachable('the next run falls outside the dates JavaScript holds');
  return candidate;
}

function unreachable(reason: string): InvalidDuplicatiScheduleError {
  return new InvalidDuplicatiScheduleError('Schedule.Repeat', `no next run can be found: ${reason}`);
}
