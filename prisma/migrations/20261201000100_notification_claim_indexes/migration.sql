-- The dispatcher's claim walks pending rows oldest first and checks each against its order key's
-- pending rows (src/domain/notifications/outbox.ts claimDueHeads): these two indexes make both
-- walks, and replace the ones the former statement used.

-- DropIndex
DROP INDEX "idx_notification_deliveries_due";

-- DropIndex
DROP INDEX "idx_notification_deliveries_order";

-- CreateIndex
CREATE INDEX "idx_notification_deliveries_pending" ON "notification_deliveries"("status", "id");

-- CreateIndex
CREATE INDEX "idx_notification_deliveries_key" ON "notification_deliveries"("order_key", "status", "id");
