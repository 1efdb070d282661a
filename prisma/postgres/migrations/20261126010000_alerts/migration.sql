-- CreateTable
CREATE TABLE "alerts" (
    "id" SERIAL NOT NULL,
    "job_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "open_kind" TEXT,
    "message" TEXT NOT NULL,
    "raised_at" TEXT NOT NULL,
    "last_reminded_at" TEXT,
    "reminder_count" INTEGER NOT NULL DEFAULT 0,
    "acknowledged_at" TEXT,
    "resolved_at" TEXT,
    "raised_by_backup_id" TEXT,
    "resolved_by_backup_id" TEXT,

    CONSTRAINT "alerts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_alerts_resolved_at" ON "alerts"("resolved_at");

-- CreateIndex
CREATE INDEX "idx_alerts_raised_at" ON "alerts"("raised_at");

-- CreateIndex
CREATE UNIQUE INDEX "idx_alerts_one_open_per_job_kind" ON "alerts"("job_id", "open_kind");

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "backup_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_raised_by_backup_id_fkey" FOREIGN KEY ("raised_by_backup_id") REFERENCES "backups"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_resolved_by_backup_id_fkey" FOREIGN KEY ("resolved_by_backup_id") REFERENCES "backups"("id") ON DELETE SET NULL ON UPDATE CASCADE;

