import type { StoredCollectResult } from '../../duplicati/collect-service.ts';
import { millisecondsFromMinutes } from '../../domain/durations.ts';
import { builder } from '../builder.ts';
import { ServerRef } from '../server/type.ts';
import { CollectJobResultRef } from './results.ts';

interface CollectSettingsShape {
  enabled: boolean;
  intervalMinutes: number;
  allowHttp: boolean;
  trustSelfSigned: boolean;
  address: string;
  passwordStored: boolean;
  nextCollectAt: string | null;
  lastCollectedAt: string | null;
  lastResult: StoredCollectResult | null;
}

const CollectLastResultRef = builder.objectRef<StoredCollectResult>('CollectLastResult').implement({
  description: "The outcome of a server's last collect (by collectBackups or the periodic collect).",
  fields: (t) => ({
    succeeded: t.exposeBoolean('ok', { description: 'False when the Duplicati server could not be read at all (see failureKind).' }),
    at: t.field({ type: 'DateTime', description: 'When it ended.', resolve: (result) => result.at }),
    processed: t.exposeInt('processed', { description: 'Runs stored.' }),
    skipped: t.exposeInt('skipped', { description: 'Runs already stored, skipped as duplicates.' }),
    errors: t.exposeInt('errors', { description: 'Entries that could not be stored.' }),
    failureKind: t.string({
      nullable: true,
      description:
        'Why it failed: unreachable, tls, plain-http-refused, login-refused, not-duplicati, failed, invalid or not-found; null when it succeeded.',
      resolve: (result) => result.failure?.kind ?? null,
    }),
    failureMessage: t.string({
      nullable: true,
      description: 'What went wrong, for people; null when it succeeded.',
      resolve: (result) => result.failure?.message ?? null,
    }),
    jobs: t.field({ type: [CollectJobResultRef], description: 'Per Duplicati job.', resolve: (result) => result.jobs }),
  }),
});

const CollectSettingsRef = builder.objectRef<CollectSettingsShape>('CollectSettings').implement({
  description: "How this server's backups are collected from its Duplicati (collectBackups, the periodic collect).",
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled', { description: 'The periodic collect is on.' }),
    intervalMilliseconds: t.field({
      type: 'SafeInt',
      description: 'Time between periodic collects, in milliseconds (whole minutes).',
      resolve: (settings) => millisecondsFromMinutes(settings.intervalMinutes),
    }),
    allowHttp: t.exposeBoolean('allowHttp', {
      description: 'Plain http may be used when https fails this way (the password then travels unencrypted).',
    }),
    trustSelfSigned: t.exposeBoolean('trustSelfSigned', {
      description: "This server's self-signed (or otherwise unverifiable) certificate is accepted.",
    }),
    address: t.exposeString('address', { description: 'The Duplicati address that last answered; empty before the first collect.' }),
    passwordStored: t.exposeBoolean('passwordStored', { description: 'A Duplicati password is stored (sealed; it is never returned).' }),
    nextCollectAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the periodic collect is next due; null when it never ran.',
      resolve: (settings) => settings.nextCollectAt,
    }),
    lastCollectedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the last collect ended.',
      resolve: (settings) => settings.lastCollectedAt,
    }),
    lastResult: t.field({
      type: CollectLastResultRef,
      nullable: true,
      description: 'What the last collect did.',
      resolve: (settings) => settings.lastResult,
    }),
  }),
});

builder.prismaObjectFields(ServerRef, (t) => ({
  collect: t.field({
    type: CollectSettingsRef,
    nullable: true,
    authScopes: { admin: true },
    description: "Admin: collecting from this server's Duplicati: settings and the last result.",
    select: {
      collectEnabled: true,
      collectIntervalMinutes: true,
      collectAllowHttp: true,
      collectTrustSelfSigned: true,
      serverUrl: true,
      serverPassword: true,
      collectNextAt: true,
      collectLastAt: true,
      collectLastResult: true,
    },
    resolve: (server) => ({
      enabled: server.collectEnabled,
      intervalMinutes: server.collectIntervalMinutes,
      allowHttp: server.collectAllowHttp,
      trustSelfSigned: server.collectTrustSelfSigned,
      address: server.serverUrl,
      passwordStored: server.serverPassword !== '',
      nextCollectAt: server.collectNextAt,
      lastCollectedAt: server.collectLastAt,
      lastResult: parseStoredResult(server.collectLastResult),
    }),
  }),
}));

function parseStoredResult(text: string | null): StoredCollectResult | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as StoredCollectResult;
  } catch {
    return null;
  }
}
