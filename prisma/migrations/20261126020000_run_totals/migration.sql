-- Running totals per server, so the summary (DOMAIN.md d.1 totalBackupsRuns, totalUploadedSize)
-- adds up one row per server instead of scanning every run. Triggers keep them, so every path
-- that writes runs (ingest, prune, server delete and merge, the duplistatus upgrade) keeps them
-- right without knowing about them. Per server, not per job: moving a job to another server
-- cascades to its runs' server_id, which the update trigger follows; a job row would carry its
-- totals along and then count the moved runs a second time.

-- AlterTable
ALTER TABLE "servers" ADD COLUMN "run_count" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "servers" ADD COLUMN "uploaded_size_total" BIGINT NOT NULL DEFAULT 0;

UPDATE "servers" SET
  "run_count" = (SELECT COUNT(*) FROM "backups" b WHERE b."server_id" = "servers"."id"),
  "uploaded_size_total" = (SELECT COALESCE(SUM(b."uploaded_size"), 0) FROM "backups" b WHERE b."server_id" = "servers"."id");

CREATE TRIGGER "backups_run_totals_insert" AFTER INSERT ON "backups" BEGIN
  UPDATE "servers" SET "run_count" = "run_count" + 1, "uploaded_size_total" = "uploaded_size_total" + NEW."uploaded_size"
  WHERE "id" = NEW."server_id";
END;

CREATE TRIGGER "backups_run_totals_delete" AFTER DELETE ON "backups" BEGIN
  UPDATE "servers" SET "run_count" = "run_count" - 1, "uploaded_size_total" = "uploaded_size_total" - OLD."uploaded_size"
  WHERE "id" = OLD."server_id";
END;

CREATE TRIGGER "backups_run_totals_update" AFTER UPDATE OF "server_id", "uploaded_size" ON "backups" BEGIN
  UPDATE "servers" SET "run_count" = "run_count" - 1, "uploaded_size_total" = "uploaded_size_total" - OLD."uploaded_size"
  WHERE "id" = OLD."server_id";
  UPDATE "servers" SET "run_count" = "run_count" + 1, "uploaded_size_total" = "uploaded_size_total" + NEW."uploaded_size"
  WHERE "id" = NEW."server_id";
END;
