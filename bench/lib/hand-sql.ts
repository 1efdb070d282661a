/**
 * The hand-written SQL the reads are measured against (bench/sections/reads.ts), read as objects
 * there and as arrays in select order by the hand-answer server (bench/hand-answers.ts).
 */

export const GLOBAL_TOLERANCE_SQL = `SELECT value FROM configurations WHERE key = 'overdue_tolerance'`;

export const SERVER_COUNT_SQL = 'SELECT COUNT(*) FROM servers';

export const SERVER_BY_ID_SQL = 'SELECT id AS serverId, name FROM servers WHERE id = ?';

/** Each job's latest run on one server, newest first. */
export const LATEST_RUNS_OF_SERVER_SQL = `SELECT b.id, b.backup_name AS backupName, b.date, b.status, b.duration_seconds AS durationSeconds, b.uploaded_size AS uploadedSize,
            b.known_file_size AS knownFileSize, b.warnings, b.errors, b.available_backups AS availableBackups
     FROM backup_jobs j JOIN backups b ON b.id = j.latest_backup_id
     WHERE j.server_id = ? ORDER BY b.date DESC, b.backup_name`;

/** The first 100 servers by name, each job with its latest run and overdue columns. */
export const DASHBOARD_SQL = `SELECT s.id AS server_id, s.name, s.alias, j.backup_name, j.last_backup_at, j.next_expected_at, j.tolerance_minutes,
            j.overdue_check_enabled, j.latest_backup_id, j.overdue_since,
            b.date, b.status, b.duration_seconds, b.uploaded_size, b.warnings, b.errors
     FROM (SELECT id, name, alias FROM servers ORDER BY name, id LIMIT 100) s
     LEFT JOIN backup_jobs j ON j.server_id = s.id
     LEFT JOIN backups b ON b.id = j.latest_backup_id
     ORDER BY s.name, s.id, j.backup_name`;
