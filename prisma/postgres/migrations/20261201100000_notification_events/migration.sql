-- CreateTable
CREATE TABLE "notification_events" (
    "id" SERIAL NOT NULL,
    "event" TEXT NOT NULL,
    "server_id" TEXT,
    "job_id" INTEGER,
    "backup_id" TEXT,
    "alert_id" INTEGER,
    "routes" TEXT NOT NULL,
    "event_json" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,

    CONSTRAINT "notification_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_notification_events_job" ON "notification_events"("job_id");

