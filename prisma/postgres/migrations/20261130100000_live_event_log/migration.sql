-- The PostgreSQL twin of prisma/migrations/20261130100000_live_event_log (see it for why).
-- CreateTable
CREATE TABLE "live_events" (
    "seq" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,

    CONSTRAINT "live_events_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "live_event_counter" (
    "id" INTEGER NOT NULL,
    "last_seq" INTEGER NOT NULL,

    CONSTRAINT "live_event_counter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_live_events_topic_seq" ON "live_events"("topic", "seq");

-- CreateIndex
CREATE INDEX "idx_live_events_created_at" ON "live_events"("created_at");


INSERT INTO "live_event_counter" ("id", "last_seq") VALUES (1, 0);
