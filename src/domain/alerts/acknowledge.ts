import type { Db } from '../../db/types.ts';
import type { EventPublisher } from '../../events/event-bus.ts';
import { alertEvent } from './alert-store.ts';
import { publishLoggedEvents, recordLiveEvents } from '../live-event-log.ts';
import { alertTopicEvents } from './publish.ts';

export async function acknowledgeAlert(
  db: Db,
  alertId: number,
  options: { now: Date; events: EventPublisher },
): Promise<{ alertId: number } | null> {
  const alert = await db.alert.findUnique({
    where: { id: alertId },
    include: { job: { select: { id: true, serverId: true, backupName: true } } },
  });
  if (!alert) return null;
  if (!alert.acknowledgedAt) {
    const change = alertEvent('ACKNOWLEDGED', alertId, alert.kind, alert.job, options.now);
    const logged = await db.$transaction(async (tx) => {
      await tx.alert.update({ where: { id: alertId }, data: { acknowledgedAt: options.now.toISOString() } });
      return recordLiveEvents(tx, alertTopicEvents([change]), options.now);
    });
    publishLoggedEvents(options.events, logged);
  }
  return { alertId };
}
