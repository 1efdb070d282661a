-- A run's notifications are rendered when they are first sent, not in the upload's transaction:
-- the row keeps the event until then (src/domain/notifications/text-at-send.ts). Added in place;
-- existing rows are already rendered and keep NULL.

-- AlterTable
ALTER TABLE "notification_deliveries" ADD COLUMN "event_json" TEXT;
