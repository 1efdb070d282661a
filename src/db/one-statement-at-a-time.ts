import type { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

type Connection = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>;
type Transaction = Awaited<ReturnType<Connection['startTransaction']>>;
type Query = Parameters<Connection['queryRaw']>[0];

/**
 * The SQLite adapter keeps one connection per client and serialises transactions on it, but runs
 * a statement outside a transaction at once on that same connection: while another request's
 * transaction is open, such a read sees that transaction's uncommitted rows, and such a write
 * becomes part of it (undone if it rolls back, after its caller was told it succeeded). This
 * wrapper makes every statement outside a transaction wait its turn like a transaction does, so
 * each one runs on its own, between transactions.
 */
export interface SerialisedAdapter {
  factory: PrismaBetterSQLite3;
  /** Runs `work` on the connection in its turn, like a statement of Prisma's outside a transaction. */
  alone<T>(work: () => T | PromiseLike<T>): Promise<T>;
}

export function oneStatementAtATime(factory: PrismaBetterSQLite3): SerialisedAdapter {
  const wrapped = Object.create(factory) as PrismaBetterSQLite3;
  let turn: Turn | undefined;
  wrapped.connect = async () => {
    // A reconnect (after $disconnect) opens a new connection with a turn of its own.
    turn = createTurn();
    return serialised(await factory.connect(), turn);
  };
  return {
    factory: wrapped,
    alone: (work) => {
      if (!turn) return Promise.reject(new Error('the SQLite connection is not open'));
      return aloneIn(turn, work);
    },
  };
}

async function aloneIn<T>(turn: Turn, work: () => T | PromiseLike<T>): Promise<T> {
  const release = await turn();
  try {
    return await work();
  } finally {
    release();
  }
}

function serialised(connection: Connection, turn: Turn): Connection {
  const alone = <T>(run: () => Promise<T>): Promise<T> => aloneIn(turn, run);
  return {
    provider: connection.provider,
    adapterName: connection.adapterName,
    queryRaw: (query: Query) => alone(() => connection.queryRaw(query)),
    executeRaw: (query: Query) => alone(() => connection.executeRaw(query)),
    executeScript: (script: string) => alone(() => connection.executeScript(script)),
    async startTransaction(isolationLevel) {
      const release = await turn();
      try {
        return heldUntilEnd(await connection.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
    ...(connection.getConnectionInfo ? { getConnectionInfo: () => connection.getConnectionInfo!() } : {}),
    dispose: () => connection.dispose(),
  };
}

/** The transaction holds the turn until its commit or rollback. */
function heldUntilEnd(transaction: Transaction, release: () => void): Transaction {
  let released = false;
  const end = async (finish: () => Promise<void>) => {
    try {
      await finish();
    } finally {
      if (!released) {
        released = true;
        release();
      }
    }
  };
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query: Query) => transaction.queryRaw(query),
    executeRaw: (query: Query) => transaction.executeRaw(query),
    commit: () => end(() => transaction.commit()),
    rollback: () => end(() => transaction.rollback()),
  };
}

/** A first-come, first-served lock: resolves with the function that hands the turn on. */
type Turn = () => Promise<() => void>;

function createTurn(): Turn {
  let last: Promise<void> = Promise.resolve();
  return () => {
    let handOn!: () => void;
    const mine = new Promise<void>((resolve) => {
      handOn = resolve;
    });
    const ready = last.then(() => handOn);
    last = mine;
    return ready;
  };
}
