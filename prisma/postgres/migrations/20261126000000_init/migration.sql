-- CreateTable
CREATE TABLE "servers" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "server_url" TEXT NOT NULL DEFAULT '',
    "alias" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "server_password" TEXT NOT NULL DEFAULT '',
    "created_at" TEXT NOT NULL DEFAULT to_char(timezone('UTC'::text, now()), 'YYYY-MM-DD HH24:MI:SS'::text),
    "updated_at" TEXT,

    CONSTRAINT "servers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "backup_jobs" (
    "id" SERIAL NOT NULL,
    "server_id" TEXT NOT NULL,
    "backup_name" TEXT NOT NULL,
    "expected_interval" TEXT NOT NULL DEFAULT '1D',
    "allowed_weekdays" TEXT NOT NULL DEFAULT '0,1,2,3,4,5,6',
    "tolerance_minutes" INTEGER,
    "overdue_check_enabled" BOOLEAN NOT NULL DEFAULT true,
    "notification_event" TEXT NOT NULL DEFAULT 'warnings',
    "next_expected_at" TEXT,
    "last_backup_at" TEXT,
    "latest_backup_id" TEXT,
    "overdue_since" TEXT,
    "last_reminder_at" TEXT,
    "created_at" TEXT NOT NULL DEFAULT to_char(timezone('UTC'::text, now()), 'YYYY-MM-DD HH24:MI:SS'::text),
    "updated_at" TEXT,

    CONSTRAINT "backup_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "backups" (
    "id" TEXT NOT NULL,
    "server_id" TEXT NOT NULL,
    "backup_name" TEXT NOT NULL,
    "backup_id" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "duration_seconds" DOUBLE PRECISION NOT NULL,
    "size" BIGINT NOT NULL DEFAULT 0,
    "uploaded_size" BIGINT NOT NULL DEFAULT 0,
    "examined_files" INTEGER NOT NULL DEFAULT 0,
    "warnings" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "created_at" TEXT NOT NULL DEFAULT to_char(timezone('UTC'::text, now()), 'YYYY-MM-DD HH24:MI:SS'::text),
    "messages_array" TEXT DEFAULT '[]',
    "warnings_array" TEXT DEFAULT '[]',
    "errors_array" TEXT DEFAULT '[]',
    "available_backups" TEXT DEFAULT '[]',
    "deleted_files" INTEGER NOT NULL DEFAULT 0,
    "deleted_folders" INTEGER NOT NULL DEFAULT 0,
    "modified_files" INTEGER NOT NULL DEFAULT 0,
    "opened_files" INTEGER NOT NULL DEFAULT 0,
    "added_files" INTEGER NOT NULL DEFAULT 0,
    "size_of_modified_files" BIGINT NOT NULL DEFAULT 0,
    "size_of_added_files" BIGINT NOT NULL DEFAULT 0,
    "size_of_examined_files" BIGINT NOT NULL DEFAULT 0,
    "size_of_opened_files" BIGINT NOT NULL DEFAULT 0,
    "not_processed_files" INTEGER NOT NULL DEFAULT 0,
    "added_folders" INTEGER NOT NULL DEFAULT 0,
    "too_large_files" INTEGER NOT NULL DEFAULT 0,
    "files_with_error" INTEGER NOT NULL DEFAULT 0,
    "modified_folders" INTEGER NOT NULL DEFAULT 0,
    "modified_symlinks" INTEGER NOT NULL DEFAULT 0,
    "added_symlinks" INTEGER NOT NULL DEFAULT 0,
    "deleted_symlinks" INTEGER NOT NULL DEFAULT 0,
    "partial_backup" BOOLEAN NOT NULL DEFAULT false,
    "dryrun" BOOLEAN NOT NULL DEFAULT false,
    "main_operation" TEXT NOT NULL,
    "parsed_result" TEXT NOT NULL,
    "interrupted" BOOLEAN NOT NULL DEFAULT false,
    "version" TEXT,
    "begin_time" TEXT NOT NULL,
    "end_time" TEXT NOT NULL,
    "warnings_actual_length" INTEGER NOT NULL DEFAULT 0,
    "errors_actual_length" INTEGER NOT NULL DEFAULT 0,
    "messages_actual_length" INTEGER NOT NULL DEFAULT 0,
    "bytes_downloaded" BIGINT NOT NULL DEFAULT 0,
    "known_file_size" BIGINT NOT NULL DEFAULT 0,
    "last_backup_date" TEXT,
    "backup_list_count" INTEGER NOT NULL DEFAULT 0,
    "reported_quota_error" BOOLEAN NOT NULL DEFAULT false,
    "reported_quota_warning" BOOLEAN NOT NULL DEFAULT false,
    "backend_main_operation" TEXT,
    "backend_parsed_result" TEXT,
    "backend_interrupted" BOOLEAN NOT NULL DEFAULT false,
    "backend_version" TEXT,
    "backend_begin_time" TEXT,
    "backend_duration" TEXT,
    "backend_warnings_actual_length" INTEGER NOT NULL DEFAULT 0,
    "backend_errors_actual_length" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "backups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "configurations" (
    "key" TEXT NOT NULL,
    "value" TEXT,

    CONSTRAINT "configurations_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "idx_servers_name" ON "servers"("name");

-- CreateIndex
CREATE UNIQUE INDEX "backup_jobs_latest_backup_id_key" ON "backup_jobs"("latest_backup_id");

-- CreateIndex
CREATE UNIQUE INDEX "idx_backup_jobs_server_backup" ON "backup_jobs"("server_id", "backup_name");

-- CreateIndex
CREATE INDEX "idx_backups_server_id" ON "backups"("server_id");

-- CreateIndex
CREATE INDEX "idx_backups_date" ON "backups"("date");

-- CreateIndex
CREATE INDEX "idx_backups_begin_time" ON "backups"("begin_time");

-- CreateIndex
CREATE INDEX "idx_backups_end_time" ON "backups"("end_time");

-- CreateIndex
CREATE INDEX "idx_backups_backup_id" ON "backups"("backup_id");

-- CreateIndex
CREATE UNIQUE INDEX "idx_backups_unique_run" ON "backups"("server_id", "backup_name", "date");

-- AddForeignKey
ALTER TABLE "backup_jobs" ADD CONSTRAINT "backup_jobs_server_id_fkey" FOREIGN KEY ("server_id") REFERENCES "servers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "backup_jobs" ADD CONSTRAINT "backup_jobs_latest_backup_id_fkey" FOREIGN KEY ("latest_backup_id") REFERENCES "backups"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "backups" ADD CONSTRAINT "backups_server_id_fkey" FOREIGN KEY ("server_id") REFERENCES "servers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "backups" ADD CONSTRAINT "backups_server_id_backup_name_fkey" FOREIGN KEY ("server_id", "backup_name") REFERENCES "backup_jobs"("server_id", "backup_name") ON DELETE CASCADE ON UPDATE CASCADE;
