import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';

/**
 * The database as the domain sees it, typed against the SQLite client (src/generated/prisma).
 * On PostgreSQL the client is src/generated/prisma-pg's, generated from the same models
 * (scripts/derive-postgres-schema.ts): same model API, and cast to this type in one place
 * (src/db/open-postgres.ts). So the domain uses only what both databases do alike: the model
 * API, and raw SQL that both dialects accept.
 */
export type Db = PrismaClient;
/** What a domain function gets inside `db.$transaction(async (tx) => ...)`. */
export type DbTransaction = Prisma.TransactionClient;
/** Either: functions that only read or write once take whichever they are given. */
export type DbLike = Db | DbTransaction;

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

/** The model whose unique index a P2002 hit ('Backup', 'Server', …), as both adapters report it. */
export function uniqueViolationModel(error: unknown): string | undefined {
  const model = (error as { meta?: { modelName?: unknown } } | null)?.meta?.modelName;
  return typeof model === 'string' ? model : undefined;
}
