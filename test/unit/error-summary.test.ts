import { describe, expect, it } from 'vitest';
import { summarizeErrorForLog } from '../../src/http/error-summary.ts';

describe('summarizeErrorForLog', () => {
  it("keeps only the database's reason from a Prisma error, not the query it quotes", () => {
    const error = new Error(
      '\nInvalid `prisma.backup.create()` invocation:\n\n{\n  data: { backupName: "Secret Job" }\n}\n\nUnique constraint failed on the fields: (`id`)',
    );
    error.name = 'PrismaClientKnownRequestError';
    Object.assign(error, { code: 'P2002', clientVersion: '6.19.3' });
    const summary = summarizeErrorForLog(error);
    expect(summary).toMatchObject({
      type: 'PrismaClientKnownRequestError',
      code: 'P2002',
      message: 'Unique constraint failed on the fields: (`id`)',
    });
    expect(JSON.stringify(summary)).not.toContain('Secret Job');
    expect(summary.stack).toMatch(/^\s+at /);
  });

  it('keeps the message of other errors, shortened', () => {
    expect(summarizeErrorForLog(new TypeError('x'.repeat(1000))).message).toHaveLength(301);
    expect(summarizeErrorForLog('a string')).toEqual({ type: 'string' });
  });
});
