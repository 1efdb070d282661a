-- AlterTable
ALTER TABLE "notification_deliveries" ADD COLUMN     "event_json" TEXT;

