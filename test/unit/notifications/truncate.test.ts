import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '../../../src/domain/notifications/templates.ts';
import {
  EMAIL_SUBJECT_MAX_BYTES,
  GOTIFY_MESSAGE_MAX_BYTES,
  NTFY_MESSAGE_MAX_BYTES,
  renderTemplateWithinLimit,
  truncateForChannel,
  truncationMarker,
  WEBHOOK_MESSAGE_MAX_BYTES,
} from '../../../src/domain/notifications/truncate.ts';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
/** Decoding the UTF-8 form and encoding it again changes nothing when no code point was split. */
const wellFormed = (text: string) => Buffer.from(text, 'utf8').toString('utf8') === text && !/[\uD800-\uDFFF]/u.test(text);

describe('channel limits', () => {
  it('are ntfy 4096 bytes, Gotify 65535, an e-mail subject 998, webhooks none', () => {
    expect([NTFY_MESSAGE_MAX_BYTES, GOTIFY_MESSAGE_MAX_BYTES, EMAIL_SUBJECT_MAX_BYTES, WEBHOOK_MESSAGE_MAX_BYTES]).toEqual([
      4096,
      65535,
      998,
      null,
    ]);
  });
});

describe('truncateForChannel', () => {
  it('leaves text that fits exactly as it is', () => {
    const text = 'é'.repeat(2048);
    expect(bytes(text)).toBe(4096);
    expect(truncateForChannel(text, 4096)).toBe(text);
  });

  it('cuts text one byte over the limit to the limit or less, and says how many bytes were left out', () => {
    const text = `${'a'.repeat(4096)}b`;
    const cut = truncateForChannel(text, 4096);
    expect(bytes(cut)).toBeLessThanOrEqual(4096);
    const omitted = bytes(text) - bytes(cut.slice(0, cut.indexOf('… [truncated')));
    expect(cut.endsWith(truncationMarker(omitted))).toBe(true);
    expect(cut.startsWith('a'.repeat(4000))).toBe(true);
  });

  it('never splits a multi-byte character, at every cut position', () => {
    const text = 'aé€😀'.repeat(600); // 1, 2, 3 and 4 bytes
    for (let max = 40; max < 140; max++) {
      const cut = truncateForChannel(text, max);
      expect(bytes(cut), `max ${max}`).toBeLessThanOrEqual(max);
      expect(wellFormed(cut), `max ${max}`).toBe(true);
      expect(cut).toMatch(/… \[truncated: \d+ bytes omitted\]$/);
    }
  });

  it('keeps emoji sequences and accented letters whole, at every cut position', () => {
    const family = '👨‍👩‍👧‍👦'; // 25 bytes: four emoji joined by zero-width joiners
    const accented = 'e\u0301'; // e and a combining acute accent
    const lineBreak = '\r\n'; // one grapheme: never cut between CR and LF
    for (const grapheme of [family, accented, lineBreak]) {
      const text = `${'x'.repeat(20)}${grapheme}${'y'.repeat(100)}`;
      for (let max = 45; max < 90; max++) {
        const rest = truncateForChannel(text, max)
          .replace(/… \[truncated: \d+ bytes omitted\]$/, '')
          .slice(20);
        expect(rest === '' || rest.startsWith(grapheme), `max ${max}: ${JSON.stringify(rest)}`).toBe(true);
      }
    }
  });

  it('cuts megabytes of log to ntfy size, with the right count', () => {
    const log = 'Ünïcödé log line ✓\n'.repeat(100_000);
    const cut = truncateForChannel(log, NTFY_MESSAGE_MAX_BYTES);
    expect(bytes(cut)).toBeLessThanOrEqual(NTFY_MESSAGE_MAX_BYTES);
    expect(bytes(cut)).toBeGreaterThan(NTFY_MESSAGE_MAX_BYTES - 8);
    const kept = cut.slice(0, cut.lastIndexOf('… [truncated'));
    expect(cut.endsWith(truncationMarker(bytes(log) - bytes(kept)))).toBe(true);
  });

  it('cuts without a marker when the limit is smaller than the marker', () => {
    expect(truncateForChannel('abcdefghijklmnopqrstuvwxyz'.repeat(4), 10)).toBe('abcdefghij');
    expect(truncateForChannel('😀😀', 5)).toBe('😀');
  });

  it('refuses a limit that is not a whole number of bytes', () => {
    expect(() => truncateForChannel('x', -1)).toThrow(/maxBytes must be a whole number/);
    expect(() => truncateForChannel('x', 1.5)).toThrow(/got 1.5/);
  });
});

describe('renderTemplateWithinLimit', () => {
  const template = defaultTemplates('en-GB').warning.message;
  const values = { backup_name: 'Files', server_alias: 'nas', server_url: 'http://nas:8200', log_text: 'line ✓\n'.repeat(20_000) };

  it('cuts the log and keeps the lines after it, such as the server address', () => {
    const text = renderTemplateWithinLimit(template, values, NTFY_MESSAGE_MAX_BYTES);
    expect(bytes(text)).toBeLessThanOrEqual(NTFY_MESSAGE_MAX_BYTES);
    expect(text).toMatch(/bytes omitted\]\n\n⚠️ Check the duplicati server immediately http:\/\/nas:8200\n$/);
  });

  it('renders in full when there is no limit or the text fits', () => {
    expect(renderTemplateWithinLimit('{backup_name}', values, null)).toBe('Files');
    expect(renderTemplateWithinLimit(template, values, null)).toContain(values.log_text);
  });

  it('cuts the whole text when the rest of the template alone is over the limit', () => {
    const text = renderTemplateWithinLimit(`${'z'.repeat(5000)}{log_text}`, values, NTFY_MESSAGE_MAX_BYTES);
    expect(bytes(text)).toBeLessThanOrEqual(NTFY_MESSAGE_MAX_BYTES);
    expect(text.startsWith('zzz')).toBe(true);
  });
});
