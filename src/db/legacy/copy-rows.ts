import type Database from 'better-sqlite3';

interface ColumnInfo {
  name: string;
  notnull: number;
  dflt_value: string | null;
}

/**
 * INSERT … SELECT by column name: every target column found in the source (or renamed from one)
 * is copied; a NULL arriving in a NOT NULL column with a default gets the default (0.7's
 * `server_url TEXT DEFAULT ''` allowed NULL, ours does not); columns the source lacks get their
 * defaults.
 */
export function copyRows(
  db: Database.Database,
  from: string,
  to: string,
  options: { renamed?: Record<string, string>; expressions?: Record<string, string> },
): { rows: number; addedColumns: string[] } {
  const target = db.prepare('SELECT name, "notnull", dflt_value FROM pragma_table_info(?) ORDER BY cid').all(to) as ColumnInfo[];
  const source = new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(from) as string[]);
  const columns: string[] = [];
  const values: string[] = [];
  const addedColumns: string[] = [];
  for (const column of target) {
    const sourceName = options.renamed?.[column.name] ?? column.name;
    if (!source.has(sourceName)) {
      addedColumns.push(column.name);
      continue;
    }
    columns.push(`"${column.name}"`);
    const expression = options.expressions?.[column.name];
    if (expression) values.push(expression);
    else if (column.notnull && column.dflt_value !== null) values.push(`COALESCE("${sourceName}", ${column.dflt_value})`);
    else values.push(`"${sourceName}"`);
  }
  const { changes } = db.prepare(`INSERT INTO "${to}" (${columns.join(', ')}) SELECT ${values.join(', ')} FROM "${from}"`).run();
  return { rows: changes, addedColumns };
}
