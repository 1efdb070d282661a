import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';

export type Db = PrismaClient;
/** What a domain function gets inside `db.$transaction(async (tx) => ...)`. */
export type DbTransaction = Prisma.TransactionClient;
/** Either: functions that only read or write once take whichever they are given. */
export type DbLike = Db | DbTransaction;

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}
