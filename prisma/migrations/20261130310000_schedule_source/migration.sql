-- Where each job's schedule comes from (default, report, duplicati-sync, manual), whether it
-- follows Duplicati whatever its source, and the next run Duplicati itself planned
-- (src/domain/schedule). Added in place: no table rebuild, the rows and their ids stay.

-- AlterTable
ALTER TABLE "backup_jobs" ADD COLUMN "schedule_source" TEXT NOT NULL DEFAULT 'default';
ALTER TABLE "backup_jobs" ADD COLUMN "follow_duplicati" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "backup_jobs" ADD COLUMN "planned_run_at" TEXT;

-- A schedule that differs from the defaults was set by someone before sources were recorded:
-- keep it from being replaced by the next report that carries Duplicati's planned run.
UPDATE "backup_jobs" SET "schedule_source" = 'manual'
WHERE "expected_interval" <> '1D' OR "allowed_weekdays" NOT IN ('0,1,2,3,4,5,6', '');
