-- The live-event log (README "Live events that never miss"): every event the subscriptions
-- deliver, numbered without gaps by the one counter row, so a subscriber can resume by cursor.
-- The log starts empty: events from before this migration were never recorded.
-- CreateTable
CREATE TABLE "live_events" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "topic" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "created_at" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "live_event_counter" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "last_seq" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "idx_live_events_topic_seq" ON "live_events"("topic", "seq");

-- CreateIndex
CREATE INDEX "idx_live_events_created_at" ON "live_events"("created_at");


INSERT INTO "live_event_counter" ("id", "last_seq") VALUES (1, 0);
