-- AlterTable
ALTER TABLE "backup_jobs" ADD COLUMN     "additional_emails" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "additional_notification_event" TEXT NOT NULL DEFAULT 'off',
ADD COLUMN     "additional_ntfy_topic" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "apprise_enabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "email_enabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "gotify_enabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "notify_recovered" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ntfy_enabled" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "notification_deliveries" (
    "id" SERIAL NOT NULL,
    "message_id" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "destination" TEXT NOT NULL DEFAULT '',
    "order_key" TEXT NOT NULL,
    "server_id" TEXT,
    "job_id" INTEGER,
    "backup_id" TEXT,
    "alert_id" INTEGER,
    "title" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "priority" TEXT NOT NULL DEFAULT 'default',
    "tags" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TEXT NOT NULL,
    "last_error" TEXT,
    "response_code" INTEGER,
    "created_at" TEXT NOT NULL,
    "delivered_at" TEXT,
    "claimed_by" TEXT,
    "claimed_until" TEXT,

    CONSTRAINT "notification_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_webhooks" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "url" TEXT NOT NULL,
    "sealed_secret" TEXT NOT NULL,
    "events" TEXT NOT NULL,
    "job_ids" TEXT NOT NULL DEFAULT '',
    "legacy_machine_keys" BOOLEAN NOT NULL DEFAULT false,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TEXT NOT NULL,

    CONSTRAINT "notification_webhooks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "notification_deliveries_message_id_key" ON "notification_deliveries"("message_id");

-- CreateIndex
CREATE INDEX "idx_notification_deliveries_due" ON "notification_deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "idx_notification_deliveries_order" ON "notification_deliveries"("order_key", "id");

