import { encodeLiveCursor } from '../events/live-cursor.ts';

/** The `after:` argument every resumable subscription takes, described once. */
export const AFTER_CURSOR_ARGUMENT = {
  required: false,
  description:
    'Resume after this cursor (the `cursor` of the last event you received): every event of this subscription recorded after it is delivered first, oldest first, then the live ones, with none missing and none twice. Absent: only events from now on. Refused (BAD_USER_INPUT, extensions.reason MALFORMED, UNKNOWN or EXPIRED) when it is not a cursor from this server or its events have been pruned (LIVE_EVENT_RETENTION_DAYS).',
} as const;

export const CURSOR_FIELD_DESCRIPTION =
  "This event's place in the server's one order of live events: pass it as `after:` when subscribing again to get exactly what came after it. Opaque: compare cursors only for equality; they are shared by backupReceived, alertChanged and serverChanged.";

export function liveCursorOf(event: { seq: number }): string {
  return encodeLiveCursor(event.seq);
}
