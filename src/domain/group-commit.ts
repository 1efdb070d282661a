import type { Db, DbTransaction } from '../db/types.ts';
import type { RawSql, RawSqlIn } from '../db/raw-sql.ts';
import { rawSqlThroughPrisma } from '../db/raw-sql.ts';
import type { LoggedEvent, TopicEvent } from '../events/topics.ts';
import { recordLiveEventGroups } from './live-event-log.ts';

/**
 * Group commit: units of work that arrive while a transaction is committing wait and then share
 * the next transaction, so many concurrent reports pay for one BEGIN/COMMIT and one write of the
 * pages they touch. The units of a batch first run one after the other with nothing between them;
 * if one throws, that transaction is rolled back and the batch runs again with each unit in its own
 * SAVEPOINT, so the one that throws is rolled back alone and its caller gets its error, while the
 * others still commit. Savepoints are not the first try because they cost every unit more than
 * their two statements: SQLite copies each page a unit changes into the savepoint's journal, which
 * past 64 KiB is a temporary file (about half of what a batch of reports wrote to disk). A caller's promise settles only after the
 * COMMIT that holds its unit; if that commit fails, every unit of the batch fails with it and
 * none is acknowledged. The units' live events are numbered last in the transaction, all at once
 * (src/domain/live-event-log.ts), and handed back to be published after the commit.
 */
export interface GroupCommit {
  run<T>(unit: Unit<T>): Promise<Committed<T>>;
}

/** One caller's work inside the shared transaction: model queries on `tx`, raw SQL on `sql`. */
export type Unit<T> = (tx: DbTransaction, sql: RawSql) => Promise<UnitResult<T>>;

export interface UnitResult<T> {
  value: T;
  /** Written to the live-event log with the unit, stamped `at`. */
  events: TopicEvent[];
  at: Date;
}

export interface Committed<T> {
  value: T;
  /** The unit's events as numbered, to publish now that they are committed. */
  events: LoggedEvent[];
}

export interface GroupCommitOptions {
  /** Raw SQL inside the shared transaction (src/db/raw-sql.ts); Prisma's by default. */
  rawSqlIn?: RawSqlIn;
  /** Units per transaction at most: bounds how long one transaction holds the database. */
  maxUnits?: number;
  /** Prisma's interactive-transaction limits for the whole batch. */
  timeoutMs: number;
  maxWaitMs: number;
}

interface Waiting {
  unit: Unit<unknown>;
  resolve: (committed: Committed<unknown>) => void;
  reject: (error: unknown) => void;
}

type Settled = { ok: true; result: UnitResult<unknown>; events: LoggedEvent[] } | { ok: false; error: unknown };

const DEFAULT_MAX_UNITS = 64;

export function createGroupCommit(db: Db, options: GroupCommitOptions): GroupCommit {
  const rawSqlIn = options.rawSqlIn ?? rawSqlThroughPrisma;
  const maxUnits = options.maxUnits ?? DEFAULT_MAX_UNITS;
  const queue: Waiting[] = [];
  let committing = false;

  function runBatch(batch: Waiting[], isolation: 'none' | 'savepoints'): Promise<Settled[]> {
    return db.$transaction(
      async (tx) => {
        const sql = rawSqlIn(tx);
        const outcomes = isolation === 'none' ? await runEachInTurn(batch, tx, sql) : await runEachInSavepoint(batch, tx, sql);
        const stored = outcomes.filter((outcome) => outcome.ok);
        const logged = await recordLiveEventGroups(
          sql,
          stored.map((outcome) => ({ events: outcome.result.events, at: outcome.result.at })),
        );
        stored.forEach((outcome, index) => (outcome.events = logged[index]!));
        return outcomes;
      },
      { timeout: options.timeoutMs, maxWait: options.maxWaitMs },
    );
  }

  async function commitBatch(batch: Waiting[]): Promise<void> {
    let settled: Settled[];
    try {
      try {
        settled = await runBatch(batch, 'none');
      } catch (error) {
        // Alone, a failing unit fails its own transaction: the same outcome, with no savepoint.
        if (!(error instanceof UnitFailed) || batch.length === 1) throw error instanceof UnitFailed ? error.cause : error;
        settled = await runBatch(batch, 'savepoints');
      }
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
      return;
    }
    batch.forEach((waiting, index) => {
      const outcome = settled[index]!;
      if (outcome.ok) waiting.resolve({ value: outcome.result.value, events: outcome.events });
      else waiting.reject(outcome.error);
    });
  }

  async function drain(): Promise<void> {
    try {
      while (queue.length > 0) await commitBatch(queue.splice(0, maxUnits));
    } finally {
      committing = false;
    }
  }

  return {
    run<T>(unit: Unit<T>): Promise<Committed<T>> {
      return new Promise<Committed<T>>((resolve, reject) => {
        queue.push({ unit, resolve: resolve as Waiting['resolve'], reject });
        if (!committing) {
          committing = true;
          // One turn of the event loop first: the requests whose bytes have already arrived reach
          // the queue and share this transaction, instead of each finding the database idle.
          setImmediate(() => void drain());
        }
      });
    },
  };
}

/** A unit threw while the batch ran without savepoints: the transaction is rolled back. */
class UnitFailed extends Error {
  constructor(override readonly cause: unknown) {
    super('a unit of the group commit failed');
  }
}

async function runEachInTurn(batch: Waiting[], tx: DbTransaction, sql: RawSql): Promise<Settled[]> {
  const outcomes: Settled[] = [];
  for (const waiting of batch) {
    try {
      outcomes.push({ ok: true, result: await waiting.unit(tx, sql), events: [] });
    } catch (error) {
      throw new UnitFailed(error);
    }
  }
  return outcomes;
}

async function runEachInSavepoint(batch: Waiting[], tx: DbTransaction, sql: RawSql): Promise<Settled[]> {
  const outcomes: Settled[] = [];
  for (const waiting of batch) {
    await sql.$executeRaw`SAVEPOINT group_commit_unit`;
    try {
      const result = await waiting.unit(tx, sql);
      await sql.$executeRaw`RELEASE SAVEPOINT group_commit_unit`;
      outcomes.push({ ok: true, result, events: [] });
    } catch (error) {
      await sql.$executeRaw`ROLLBACK TO SAVEPOINT group_commit_unit`;
      await sql.$executeRaw`RELEASE SAVEPOINT group_commit_unit`;
      outcomes.push({ ok: false, error });
    }
  }
  return outcomes;
}
