/**
 * .NET TimeSpan constant format `[-][d.]hh:mm:ss[.fffffff]` (docs/compatibility/upload.md#report-structure, docs/compatibility/upload.md#durations). Hours 0–23,
 * minutes and seconds 0–59, at most 7 fraction digits; surrounding whitespace is ignored.
 */
const TIME_SPAN = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/;

/**
 * Seconds in a TimeSpan string, or null when it is not one.
 *
 * Unlike duplistatus (docs/compatibility/upload.md#durations) the day prefix is honoured: "1.02:03:04.5120000" is 93784.512, not
 * 3856.512. The whole seconds are summed as integers and the fraction appended as decimal text
 * before one Number() conversion, so the result is the double nearest to the written value
 * ("00:38:31.6018052" → 2311.6018052), which float additions would not guarantee.
 */
export function parseDurationSeconds(text: string): number | null {
  const match = TIME_SPAN.exec(text.trim());
  if (!match) return null;
  const [, sign, days = '0', hours = '', minutes = '', seconds = '', fraction = '0'] = match;
  const h = Number(hours);
  const m = Number(minutes);
  const s = Number(seconds);
  if (h > 23 || m > 59 || s > 59) return null;

  const whole = Number(days) * 86_400 + h * 3_600 + m * 60 + s;
  if (!Number.isSafeInteger(whole)) return null;
  const magnitude = Number(`${whole}.${fraction}`);
  return sign && magnitude !== 0 ? -magnitude : magnitude;
}

/**
 * `HH:MM:SS` from the whole seconds (fraction dropped, hours not wrapped at 24), the API's
 * `duration` format (docs/compatibility/upload.md#durations). Negative spans get a leading "-"; non-finite input gives "00:00:00".
 */
export function formatDurationHms(seconds: number): string {
  if (!Number.isFinite(seconds)) return '00:00:00';
  const whole = Math.floor(Math.abs(seconds));
  const sign = seconds < 0 && whole > 0 ? '-' : '';
  const hours = Math.floor(whole / 3_600);
  const minutes = Math.floor((whole % 3_600) / 60);
  const secs = whole % 60;
  return `${sign}${pad2(hours)}:${pad2(minutes)}:${pad2(secs)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
