-- AlterTable
ALTER TABLE "servers" ADD COLUMN     "collect_allow_http" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "collect_enabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "collect_interval_minutes" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "collect_last_at" TEXT,
ADD COLUMN     "collect_last_result" TEXT,
ADD COLUMN     "collect_next_at" TEXT,
ADD COLUMN     "collect_trust_self_signed" BOOLEAN NOT NULL DEFAULT false;

