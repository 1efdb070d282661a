-- A run's notification events are written as one row each and split into deliveries by the
-- dispatcher after the commit (src/domain/notifications/event-outbox.ts).

-- CreateTable
CREATE TABLE "notification_events" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "event" TEXT NOT NULL,
    "server_id" TEXT,
    "job_id" INTEGER,
    "backup_id" TEXT,
    "alert_id" INTEGER,
    "routes" TEXT NOT NULL,
    "event_json" TEXT NOT NULL,
    "created_at" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "idx_notification_events_job" ON "notification_events"("job_id");

