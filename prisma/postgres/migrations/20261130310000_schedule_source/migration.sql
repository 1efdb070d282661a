-- The PostgreSQL twin of prisma/migrations/20261130310000_schedule_source: where each job's
-- schedule comes from, the follow-Duplicati switch, and the run Duplicati planned.

-- AlterTable
ALTER TABLE "backup_jobs" ADD COLUMN     "follow_duplicati" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "planned_run_at" TEXT,
ADD COLUMN     "schedule_source" TEXT NOT NULL DEFAULT 'default';

-- A schedule that differs from the defaults was set by someone before sources were recorded.
UPDATE "backup_jobs" SET "schedule_source" = 'manual'
WHERE "expected_interval" <> '1D' OR "allowed_weekdays" NOT IN ('0,1,2,3,4,5,6', '');
