-- DropIndex
DROP INDEX "idx_notification_deliveries_due";

-- DropIndex
DROP INDEX "idx_notification_deliveries_order";

-- CreateIndex
CREATE INDEX "idx_notification_deliveries_pending" ON "notification_deliveries"("status", "id");

-- CreateIndex
CREATE INDEX "idx_notification_deliveries_key" ON "notification_deliveries"("order_key", "status", "id");

