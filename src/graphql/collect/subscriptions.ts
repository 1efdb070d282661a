import type { CollectProgressEvent } from '../../events/topics.ts';
import { builder } from '../builder.ts';
import { serverIdFromArgument } from '../identity.ts';
import { ephemeralEvents } from '../live-events.ts';

const CollectProgressEventRef = builder.objectRef<CollectProgressEvent>('CollectProgressEvent').implement({
  description: 'How far a collect has come with one Duplicati job: sent after each log page, and once more when the job is done.',
  fields: (t) => ({
    collectId: t.exposeString('collectId', { description: 'One per collect.' }),
    serverId: t.exposeString('serverId', { description: "The server's machine-id." }),
    backupName: t.exposeString('backupName', { description: 'The job.' }),
    processed: t.exposeInt('processed', { description: 'Runs of this job stored so far.' }),
    skipped: t.exposeInt('skipped', { description: 'Runs of this job already stored, skipped so far.' }),
    errors: t.exposeInt('errors', { description: 'Entries of this job that could not be stored so far.' }),
    finished: t.exposeBoolean('finished', { description: "True on the job's last event." }),
    at: t.field({ type: 'DateTime', description: 'When.', resolve: (event) => event.at }),
  }),
});

builder.subscriptionFields((t) => ({
  collectProgress: t.field({
    type: CollectProgressEventRef,
    authScopes: { admin: true },
    description: 'Admin: progress of every collect from Duplicati, per job, optionally for one server.',
    args: { serverId: t.arg.id({ required: false, description: 'Global id or machine-id.' }) },
    subscribe: (_root, args, ctx) => {
      const serverId = args.serverId == null ? null : serverIdFromArgument(args.serverId, 'serverId');
      return ephemeralEvents(ctx, 'collect:progress', (event) => !serverId || event.serverId === serverId);
    },
    resolve: (event) => event,
  }),
}));
