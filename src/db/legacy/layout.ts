/**
 * Which kind of SQLite file we were pointed at, decided from its tables, their columns and the
 * duplistatus `db_version` stamp alone (docs/compatibility/legacy-databases.md#version-tracking, docs/compatibility/legacy-databases.md#per-release-layouts). Plain data in, plain data out: the
 * reading happens in inspect.ts.
 */

/** Table name → column names in declaration order; SQLite's own `sqlite_*` tables left out. */
export type TableColumns = ReadonlyMap<string, readonly string[]>;

export interface DatabaseFacts {
  tables: TableColumns;
  /** docs/compatibility/legacy-databases.md#version-tracking: `version` of the `db_version` row with the greatest `applied_at`; null when the table is missing or empty. */
  dbVersion: string | null;
}

/** Releases that share one layout, named as users know them. */
export type DuplistatusRelease = '0.4/0.5' | '0.6' | '0.7' | '0.8' | '0.9+';

export interface DuplistatusLayout {
  kind: 'duplistatus';
  release: DuplistatusRelease;
  /** docs/compatibility/legacy-databases.md#version-tracking: a missing stamp reads as `1.0`. */
  dbVersion: string;
  /** docs/compatibility/rest-api.md#machine-to-server-renames: `machines`/`machine_id` until 0.6, `servers`/`server_id` from 0.7. */
  serverTable: 'machines' | 'servers';
  serverColumn: 'machine_id' | 'server_id';
  /** docs/compatibility/legacy-databases.md#configuration-keys: job keys in `backup_settings` use the machine name until schema 3.0, the server id after. */
  jobKeysUse: 'machine-name' | 'server-id';
  hasConfigurations: boolean;
  /** Tables of 0.9+ that dupligraph does not use and leaves exactly as they are. */
  untouchedTables: string[];
}

export type DetectedLayout = { kind: 'fresh' } | { kind: 'dupligraph' } | DuplistatusLayout | { kind: 'refused'; reason: string };

/** The newest duplistatus schema this code knows how to upgrade (1.4.x, docs/compatibility/legacy-databases.md#version-tracking). */
export const NEWEST_KNOWN_DB_VERSION = '4.0';

interface VersionRule {
  release: DuplistatusRelease;
  serverTable: 'machines' | 'servers';
  /** Tables and columns a file with this stamp must have. */
  requires: Record<string, readonly string[]>;
}

const SERVER_COLUMNS = ['id', 'name'] as const;
/** The `backups` columns that are NOT NULL without a default in our schema: without them no run can be copied. */
const RUN_COLUMNS = [
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
] as const;

const RULES: Record<string, VersionRule> = {
  '1.0': {
    release: '0.4/0.5',
    serverTable: 'machines',
    requires: { machines: SERVER_COLUMNS, backups: [...RUN_COLUMNS, 'machine_id'] },
  },
  '2.0': {
    release: '0.6',
    serverTable: 'machines',
    requires: {
      machines: SERVER_COLUMNS,
      backups: [...RUN_COLUMNS, 'machine_id', 'available_backups'],
      configurations: ['key', 'value'],
    },
  },
  '3.0': {
    release: '0.7',
    serverTable: 'servers',
    requires: { servers: SERVER_COLUMNS, backups: [...RUN_COLUMNS, 'server_id'], configurations: ['key', 'value'] },
  },
  '3.1': {
    release: '0.8',
    serverTable: 'servers',
    requires: {
      servers: [...SERVER_COLUMNS, 'server_password'],
      backups: [...RUN_COLUMNS, 'server_id'],
      configurations: ['key', 'value'],
    },
  },
  '4.0': {
    release: '0.9+',
    serverTable: 'servers',
    requires: {
      servers: [...SERVER_COLUMNS, 'server_password'],
      backups: [...RUN_COLUMNS, 'server_id'],
      configurations: ['key', 'value'],
      users: ['id', 'username'],
      sessions: ['id'],
      audit_log: ['id'],
    },
  },
};

const UNTOUCHED_TABLES = ['users', 'sessions', 'audit_log', 'db_version'];

export function detectLayout(facts: DatabaseFacts): DetectedLayout {
  const { tables } = facts;
  if (tables.size === 0) return { kind: 'fresh' };
  if (tables.has('_prisma_migrations')) return { kind: 'dupligraph' };
  if (!tables.has('backups') || !(tables.has('machines') || tables.has('servers'))) {
    return {
      kind: 'refused',
      reason: `it is neither a dupligraph nor a duplistatus database (tables: ${[...tables.keys()].sort().join(', ')})`,
    };
  }

  const dbVersion = facts.dbVersion ?? '1.0';
  if (!/^\d+\.\d+$/.test(dbVersion)) {
    return { kind: 'refused', reason: `its db_version ${JSON.stringify(dbVersion)} is not a duplistatus schema version` };
  }
  if (compareVersions(dbVersion, NEWEST_KNOWN_DB_VERSION) > 0) {
    return {
      kind: 'refused',
      reason:
        `it was written by a newer duplistatus (db_version ${dbVersion}) than this dupligraph knows ` +
        `(up to ${NEWEST_KNOWN_DB_VERSION}, duplistatus 0.9–1.4); update dupligraph`,
    };
  }
  const rule = RULES[dbVersion];
  if (!rule) {
    return { kind: 'refused', reason: `db_version ${dbVersion} was never released by duplistatus` };
  }

  const missing = missingColumns(tables, rule.requires);
  if (missing.length > 0) {
    return {
      kind: 'refused',
      reason: `db_version ${dbVersion} means duplistatus ${rule.release}, but the file lacks ${missing.join(', ')}`,
    };
  }

  return {
    kind: 'duplistatus',
    release: rule.release,
    dbVersion,
    serverTable: rule.serverTable,
    serverColumn: rule.serverTable === 'machines' ? 'machine_id' : 'server_id',
    jobKeysUse: rule.serverTable === 'machines' ? 'machine-name' : 'server-id',
    hasConfigurations: tables.has('configurations'),
    untouchedTables: UNTOUCHED_TABLES.filter((name) => tables.has(name)),
  };
}

function missingColumns(tables: TableColumns, requires: Record<string, readonly string[]>): string[] {
  const missing: string[] = [];
  for (const [table, columns] of Object.entries(requires)) {
    const present = tables.get(table);
    if (!present) {
      missing.push(`table ${table}`);
      continue;
    }
    for (const column of columns) if (!present.includes(column)) missing.push(`${table}.${column}`);
  }
  return missing;
}

/** "3.1" vs "4.0" as numbers part by part, so "10.0" sorts after "4.0". */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor !== bMajor ? aMajor - bMajor : aMinor - bMinor;
}

export function describeLayout(layout: DuplistatusLayout): string {
  return `duplistatus ${layout.release} (db_version ${layout.dbVersion}${layout.dbVersion === '1.0' ? ', no db_version table' : ''})`;
}
