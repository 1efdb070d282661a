-- Periodic collect from Duplicati, per server (src/domain/collect). Added columns with constant
-- defaults: no table rebuild, so the run-total triggers on "backups" are untouched.
ALTER TABLE "servers" ADD COLUMN "collect_enabled" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "servers" ADD COLUMN "collect_interval_minutes" INTEGER NOT NULL DEFAULT 60;
ALTER TABLE "servers" ADD COLUMN "collect_allow_http" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "servers" ADD COLUMN "collect_trust_self_signed" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "servers" ADD COLUMN "collect_next_at" TEXT;
ALTER TABLE "servers" ADD COLUMN "collect_last_at" TEXT;
ALTER TABLE "servers" ADD COLUMN "collect_last_result" TEXT;
