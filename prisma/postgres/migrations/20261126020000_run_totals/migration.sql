-- The PostgreSQL twin of prisma/migrations/20261126020000_run_totals: running totals per server,
-- kept by a trigger on "backups" (see the SQLite migration for why per server).

-- AlterTable
ALTER TABLE "servers" ADD COLUMN     "run_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "uploaded_size_total" BIGINT NOT NULL DEFAULT 0;

UPDATE "servers" SET
  "run_count" = (SELECT COUNT(*) FROM "backups" b WHERE b."server_id" = "servers"."id"),
  "uploaded_size_total" = (SELECT COALESCE(SUM(b."uploaded_size"), 0) FROM "backups" b WHERE b."server_id" = "servers"."id");

-- SET search_path FROM CURRENT: the tables are found in this migration's schema whatever the
-- search_path of the session that deletes or moves runs.
CREATE FUNCTION "backups_run_totals"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
    UPDATE "servers" SET "run_count" = "run_count" - 1, "uploaded_size_total" = "uploaded_size_total" - OLD."uploaded_size"
    WHERE "id" = OLD."server_id";
  END IF;
  IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
    UPDATE "servers" SET "run_count" = "run_count" + 1, "uploaded_size_total" = "uploaded_size_total" + NEW."uploaded_size"
    WHERE "id" = NEW."server_id";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "backups_run_totals" AFTER INSERT OR DELETE OR UPDATE OF "server_id", "uploaded_size" ON "backups"
  FOR EACH ROW EXECUTE FUNCTION "backups_run_totals"();
