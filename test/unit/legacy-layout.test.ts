import { describe, expect, it } from 'vitest';
import { compareVersions, detectLayout } from '../../src/db/legacy/layout.ts';
import type { DatabaseFacts } from '../../src/db/legacy/layout.ts';

const RUN = [
  'id',
  'backup_name',
  'backup_id',
  'date',
  'status',
  'duration_seconds',
  'main_operation',
  'parsed_result',
  'begin_time',
  'end_time',
];
const machines = ['machines', ['id', 'name', 'created_at']] as const;
const servers07 = ['servers', ['id', 'name', 'server_url', 'alias', 'note', 'created_at']] as const;
const servers08 = ['servers', ['id', 'name', 'server_url', 'alias', 'note', 'server_password', 'created_at']] as const;
const configurations = ['configurations', ['key', 'value']] as const;
const dbVersion = ['db_version', ['version', 'applied_at']] as const;

function facts(dbVersionValue: string | null, ...tables: (readonly [string, readonly string[]])[]): DatabaseFacts {
  return { tables: new Map(tables.map(([name, columns]) => [name, [...columns]])), dbVersion: dbVersionValue };
}

describe('detectLayout', () => {
  it('calls a file without tables fresh and one with _prisma_migrations ours', () => {
    expect(detectLayout(facts(null))).toEqual({ kind: 'fresh' });
    expect(detectLayout(facts(null, ['_prisma_migrations', ['id']], ['servers', ['id']]))).toEqual({ kind: 'dupligraph' });
  });

  it('recognises each released duplistatus layout by its tables and db_version', () => {
    const cases: [DatabaseFacts, string, string, string][] = [
      [facts(null, machines, ['backups', [...RUN, 'machine_id']]), '0.4/0.5', '1.0', 'machine-name'],
      [
        facts('2.0', machines, ['backups', [...RUN, 'machine_id', 'available_backups']], configurations, dbVersion),
        '0.6',
        '2.0',
        'machine-name',
      ],
      [
        facts('3.0', servers07, ['backups', [...RUN, 'server_id', 'available_backups']], configurations, dbVersion),
        '0.7',
        '3.0',
        'server-id',
      ],
      [
        facts('3.1', servers08, ['backups', [...RUN, 'server_id', 'available_backups']], configurations, dbVersion),
        '0.8',
        '3.1',
        'server-id',
      ],
      [
        facts(
          '4.0',
          servers08,
          ['backups', [...RUN, 'server_id']],
          configurations,
          dbVersion,
          ['users', ['id', 'username']],
          ['sessions', ['id']],
          ['audit_log', ['id']],
        ),
        '0.9+',
        '4.0',
        'server-id',
      ],
    ];
    for (const [input, release, version, jobKeysUse] of cases) {
      expect(detectLayout(input)).toMatchObject({ kind: 'duplistatus', release, dbVersion: version, jobKeysUse });
    }
  });

  it('names the tables a 0.9+ file has that dupligraph leaves alone', () => {
    const layout = detectLayout(
      facts(
        '4.0',
        servers08,
        ['backups', [...RUN, 'server_id']],
        configurations,
        dbVersion,
        ['users', ['id', 'username']],
        ['sessions', ['id']],
        ['audit_log', ['id']],
      ),
    );
    expect(layout).toMatchObject({ untouchedTables: ['users', 'sessions', 'audit_log', 'db_version'] });
  });

  it('refuses a newer, unreleased or malformed version stamp', () => {
    const tables = [servers08, ['backups', [...RUN, 'server_id']], configurations, dbVersion] as const;
    expect(detectLayout(facts('4.1', ...tables))).toMatchObject({
      kind: 'refused',
      reason: expect.stringMatching(/newer duplistatus \(db_version 4\.1\)/),
    });
    expect(detectLayout(facts('10.0', ...tables))).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/newer/) });
    expect(detectLayout(facts('2.5', ...tables))).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/never released/) });
    expect(detectLayout(facts('v4', ...tables))).toMatchObject({
      kind: 'refused',
      reason: expect.stringMatching(/not a duplistatus schema version/),
    });
  });

  it('refuses a stamp the tables contradict, saying what is missing', () => {
    const layout = detectLayout(facts('3.1', servers07, ['backups', [...RUN, 'server_id']], configurations, dbVersion));
    expect(layout).toEqual({ kind: 'refused', reason: 'db_version 3.1 means duplistatus 0.8, but the file lacks servers.server_password' });
    expect(detectLayout(facts(null, machines, ['backups', ['id', 'machine_id']]))).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining('backups.backup_name'),
    });
  });

  it('refuses a database of another application', () => {
    expect(detectLayout(facts(null, ['notes', ['id', 'text']]))).toMatchObject({
      kind: 'refused',
      reason: 'it is neither a dupligraph nor a duplistatus database (tables: notes)',
    });
  });

  it('compares versions number by number', () => {
    expect(compareVersions('10.0', '4.0')).toBeGreaterThan(0);
    expect(compareVersions('3.1', '4.0')).toBeLessThan(0);
    expect(compareVersions('4.0', '4.0')).toBe(0);
  });
});
