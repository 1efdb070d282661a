import { randomUUID } from 'node:crypto';

let lastMs = 0;
let sequence = 0;

/**
 * A new row's id (a stored run, a notification's message id): a UUID version 7 (RFC 9562), its
 * first 48 bits the time in milliseconds and the next 12 a sequence within that millisecond, so
 * the ids one process makes increase. These ids are keys of unique indexes, and the rows a burst
 * writes then go to the index's last page instead of a random one each: random (version 4) ids
 * cost a third of the outbox insert's time on SQLite (0.06 of 0.18 ms per three-channel run,
 * better-sqlite3 alone). Clients and receivers see an opaque unique id either way.
 */
export function newTimeOrderedId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    // More than 4,096 in one millisecond: borrow the next one, so the order still holds.
    lastMs++;
    sequence = 0;
  }
  const time = lastMs.toString(16).padStart(12, '0');
  // randomUUID's last 62 random bits and its variant bits (10) are kept: xxxxxxxx-xxxx-4xxx-[yxxx-xxxxxxxxxxxx].
  const random = randomUUID().slice(19);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${sequence.toString(16).padStart(3, '0')}-${random}`;
}
