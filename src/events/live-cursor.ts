/**
 * A live event's cursor: its number in the live-event log (src/domain/live-event-log.ts), wrapped
 * so clients treat it as opaque. The wrapping is base64url of `live:<n>`; the prefix lets the
 * format change later (a new prefix) without old cursors being misread.
 */
const PREFIX = 'live:';

export function encodeLiveCursor(seq: number): string {
  return Buffer.from(`${PREFIX}${seq}`, 'utf8').toString('base64url');
}

/** The number a cursor names, or undefined when it is not one of ours. */
export function decodeLiveCursor(cursor: string): number | undefined {
  if (cursor.length === 0 || cursor.length > 64 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^live:(0|[1-9][0-9]{0,14})$/.exec(text);
  if (!match) return undefined;
  const seq = Number(match[1]);
  return Number.isSafeInteger(seq) ? seq : undefined;
}
