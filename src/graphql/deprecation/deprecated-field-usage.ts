import { builder } from '../builder.ts';
import type { DeprecatedFieldUse } from './deprecation-usage-store.ts';

export const DeprecatedFieldUsageRef = builder.objectRef<DeprecatedFieldUse>('DeprecatedFieldUsage').implement({
  description: 'How often one client used one deprecated field or argument since this server process started.',
  fields: (t) => ({
    coordinate: t.exposeString('coordinate', {
      description: 'Schema coordinate, e.g. Query.machines, BackupFilter.machineId or Subscription.backupReceived(machineId:).',
    }),
    client: t.exposeString('client', {
      description:
        'The graphql-client-name header, else apollographql-client-name (Apollo Client), else graphql-client-name in ' +
        'graphql-ws connection params, else the User-Agent, else "unknown".',
    }),
    clientVersion: t.exposeString('clientVersion', {
      nullable: true,
      description:
        'The version sent beside the name (graphql-client-version, apollographql-client-version, or graphql-client-version ' +
        'in connection params); null when the client sent none or was named by its User-Agent. Each version is counted apart.',
    }),
    count: t.exposeInt('count', { description: 'Operations that used it since this process started.' }),
    firstSeenAt: t.expose('firstSeenAt', { type: 'DateTime', description: 'When it was first used since this process started.' }),
    lastSeenAt: t.expose('lastSeenAt', { type: 'DateTime', description: 'When it was last used.' }),
  }),
});

builder.queryField('deprecatedFieldUsage', (t) =>
  t.field({
    type: [DeprecatedFieldUsageRef],
    authScopes: { admin: true },
    description:
      'Admin: which clients still use deprecated fields and arguments, counted in memory since this process ' +
      'started. A shim can be removed once no client shows up here for it.',
    resolve: (_root, _args, ctx) => ctx.deprecatedFieldUsage?.list() ?? [],
  }),
);
