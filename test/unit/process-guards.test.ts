import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installProcessGuards } from '../../src/process-guards.ts';
import { capturedLogger } from '../support/captured-logger.ts';

/** A stand-in for `process` (an EventEmitter like it): the policy is what is tested, not Node. */
function guarded(stop: () => Promise<void> = async () => {}) {
  const target = new EventEmitter();
  const log = capturedLogger();
  const exits: number[] = [];
  let stops = 0;
  installProcessGuards(target, {
    logger: log.logger,
    stop: () => (stops++, stop()),
    exit: (code) => exits.push(code),
    stopDeadlineMs: 50,
  });
  return { target, log, exits, stops: () => stops };
}

describe('installProcessGuards', () => {
  it('logs an unhandled rejection with its cause and keeps running', async () => {
    const { target, log, exits, stops } = guarded();
    target.emit('unhandledRejection', new Error('forgotten catch'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(exits).toEqual([]);
    expect(stops()).toBe(0);
    const line = JSON.parse(log.lines[0]!);
    expect(line).toMatchObject({ level: 50, msg: expect.stringMatching(/keeps running/), err: { message: 'forgotten catch' } });
  });

  it('logs an uncaught exception as fatal, stops gracefully and exits with 1', async () => {
    const { target, log, exits, stops } = guarded();
    target.emit('uncaughtException', new Error('escaped'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stops()).toBe(1);
    expect(exits).toEqual([1]);
    expect(JSON.parse(log.lines[0]!)).toMatchObject({ level: 60, err: { message: 'escaped' } });
  });

  it('exits with 1 at the deadline when the graceful stop hangs', async () => {
    const { target, exits } = guarded(() => new Promise(() => {}));
    target.emit('uncaughtException', new Error('escaped'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(exits).toEqual([1]);
  });
});
