import type { Db } from '../db/types.ts';
import { collectFromDuplicati } from '../domain/collect/collect-server.ts';
import type { CollectOptions } from '../domain/collect/collect-server.ts';
import { claimDueCollects } from '../domain/collect/periodic.ts';
import { CollectIdentityError } from '../domain/collect/server-identity.ts';
import { syncSchedulesFromDuplicati } from '../domain/collect/sync-schedules.ts';
import type { SyncSchedulesResult } from '../domain/collect/sync-schedules.ts';
import type { CollectJobResult, CollectResult } from '../domain/collect/types.ts';
import type { EventPublisher } from '../events/event-bus.ts';
import type { SecretBox } from '../security/secret-box.ts';
import { connectDuplicati } from './client.ts';
import type { DuplicatiConnectOptions, DuplicatiSession } from './client.ts';
import { DuplicatiError } from './errors.ts';

/** The purpose a Duplicati password is sealed under (src/security/secret-box.ts). */
export const DUPLICATI_PASSWORD_PURPOSE = 'duplicati.password';

export type CollectRequest =
  /** A server collected before: its stored address, sealed password and transport choices, each overridable. */
  | { serverId: string; address?: string; password?: string; allowHttp?: boolean; trustSelfSigned?: boolean }
  /** A Duplicati not known yet (or known by name: see src/domain/collect/server-identity.ts). */
  | { serverId?: undefined; address: string; password: string; allowHttp?: boolean; trustSelfSigned?: boolean };

export type CollectOutcome =
  | { kind: 'collected'; result: CollectResult }
  | { kind: 'not-found' }
  | { kind: 'invalid'; field: string; message: string }
  | { kind: 'failed'; error: DuplicatiError };

export interface CollectServiceDeps {
  db: Db;
  secrets: SecretBox;
  events: EventPublisher;
  ingest: CollectOptions['ingest'];
  applySchedule?: CollectOptions['applySchedule'];
  /** Told about periodic collects that failed (the password is never part of a message). */
  onPeriodicFailure?: (serverId: string, message: string) => void;
  connect?: (options: DuplicatiConnectOptions) => Promise<DuplicatiSession>;
}

export type SyncSchedulesOutcome = { kind: 'collected'; result: SyncSchedulesResult } | Exclude<CollectOutcome, { kind: 'collected' }>;

export interface CollectService {
  collect(request: CollectRequest): Promise<CollectOutcome>;
  /** Only each job's schedule into its monitoring (no runs read); same request and failures as collect. */
  syncSchedules(request: CollectRequest): Promise<SyncSchedulesOutcome>;
  /** One pass of the periodic collect: every due server claimed by this process, collected once. */
  runDueCollects(): Promise<{ serverId: string; outcome: CollectOutcome }[]>;
}

export function createCollectService(deps: CollectServiceDeps): CollectService {
  const connect = deps.connect ?? connectDuplicati;

  type Prepared =
    | { kind: 'ready'; connectOptions: DuplicatiConnectOptions; stored: boolean }
    | Exclude<CollectOutcome, { kind: 'collected' }>;

  async function prepare(request: CollectRequest): Promise<Prepared> {
    const stored = request.serverId
      ? await deps.db.server.findUnique({
          where: { id: request.serverId },
          select: { serverUrl: true, serverPassword: true, collectAllowHttp: true, collectTrustSelfSigned: true },
        })
      : null;
    if (request.serverId && !stored) return { kind: 'not-found' };

    const address = request.address ?? stored?.serverUrl ?? '';
    if (address.trim() === '') {
      return { kind: 'invalid', field: 'address', message: 'This server has no stored Duplicati address: give the address' };
    }
    const password = request.password ?? storedPassword(stored?.serverPassword ?? '');
    if (password === null) {
      return {
        kind: 'invalid',
        field: 'password',
        message: 'No readable Duplicati password is stored for this server: give the password (it is then stored sealed)',
      };
    }
    const allowHttp = request.allowHttp ?? stored?.collectAllowHttp ?? false;
    const trustSelfSigned = request.trustSelfSigned ?? stored?.collectTrustSelfSigned ?? false;
    return { kind: 'ready', connectOptions: { address, password, allowHttp, trustSelfSigned }, stored: stored !== null };
  }

  /** What the server row takes from the request: the password sealed, the transport choices (only when given or new). */
  function storedChoices(request: CollectRequest, prepared: { connectOptions: DuplicatiConnectOptions; stored: boolean }) {
    const { allowHttp, trustSelfSigned } = prepared.connectOptions;
    return {
      knownServerId: request.serverId,
      // Sealed again only when given: a stored one stays as it is.
      sealedPassword: request.password !== undefined ? deps.secrets.seal(request.password, DUPLICATI_PASSWORD_PURPOSE) : undefined,
      transport:
        request.allowHttp !== undefined || request.trustSelfSigned !== undefined || !prepared.stored
          ? { allowHttp, trustSelfSigned }
          : undefined,
      applySchedule: deps.applySchedule,
    };
  }

  async function collect(request: CollectRequest): Promise<CollectOutcome> {
    const prepared = await prepare(request);
    if (prepared.kind !== 'ready') return prepared;
    let outcome: CollectOutcome;
    try {
      const session = await connect(prepared.connectOptions);
      const result = await collectFromDuplicati(deps.db, session, {
        ingest: deps.ingest,
        events: deps.events,
        ...storedChoices(request, prepared),
      });
      outcome = { kind: 'collected', result };
    } catch (error) {
      if (error instanceof DuplicatiError) outcome = { kind: 'failed', error };
      else if (error instanceof CollectIdentityError)
        outcome = { kind: 'failed', error: new DuplicatiError('not-duplicati', error.message) };
      else throw error;
    }
    const serverId = outcome.kind === 'collected' ? outcome.result.serverId : request.serverId;
    if (serverId) await recordLastResult(deps.db, serverId, outcome, deps.ingest.now());
    return outcome;
  }

  function storedPassword(sealed: string): string | null {
    if (sealed === '') return null;
    try {
      return deps.secrets.open(sealed, DUPLICATI_PASSWORD_PURPOSE);
    } catch {
      // duplistatus's own encrypted passwords (adopted databases) cannot be opened here.
      return null;
    }
  }

  async function syncSchedules(request: CollectRequest): Promise<SyncSchedulesOutcome> {
    const prepared = await prepare(request);
    if (prepared.kind !== 'ready') return prepared;
    try {
      const session = await connect(prepared.connectOptions);
      const result = await syncSchedulesFromDuplicati(deps.db, session, { now: deps.ingest.now, ...storedChoices(request, prepared) });
      return { kind: 'collected', result };
    } catch (error) {
      if (error instanceof DuplicatiError) return { kind: 'failed', error };
      if (error instanceof CollectIdentityError) return { kind: 'failed', error: new DuplicatiError('not-duplicati', error.message) };
      throw error;
    }
  }

  return {
    collect,
    syncSchedules,
    async runDueCollects() {
      const claimed = await claimDueCollects(deps.db, deps.ingest.now());
      const done: { serverId: string; outcome: CollectOutcome }[] = [];
      for (const serverId of claimed) {
        const outcome = await collect({ serverId });
        if (outcome.kind !== 'collected') deps.onPeriodicFailure?.(serverId, outcomeMessage(outcome));
        done.push({ serverId, outcome });
      }
      return done;
    },
  };
}

function outcomeMessage(outcome: Exclude<CollectOutcome, { kind: 'collected' }>): string {
  if (outcome.kind === 'failed') return outcome.error.message;
  if (outcome.kind === 'invalid') return outcome.message;
  return 'the server no longer exists';
}

/** What Server.collect.lastResult shows: the counts, or why it failed. */
export interface StoredCollectResult {
  ok: boolean;
  at: string;
  processed: number;
  skipped: number;
  errors: number;
  failure: { kind: string; message: string } | null;
  jobs: CollectJobResult[];
}

async function recordLastResult(db: Db, serverId: string, outcome: CollectOutcome, now: Date): Promise<void> {
  const at = now.toISOString();
  const stored: StoredCollectResult =
    outcome.kind === 'collected'
      ? {
          ok: true,
          at,
          processed: outcome.result.processed,
          skipped: outcome.result.skipped,
          errors: outcome.result.errors,
          failure: null,
          jobs: outcome.result.jobs,
        }
      : {
          ok: false,
          at,
          processed: 0,
          skipped: 0,
          errors: 0,
          failure:
            outcome.kind === 'failed'
              ? { kind: outcome.error.kind, message: outcome.error.message }
              : { kind: outcome.kind, message: outcomeMessage(outcome) },
          jobs: [],
        };
  await db.server.updateMany({ where: { id: serverId }, data: { collectLastAt: at, collectLastResult: JSON.stringify(stored) } });
}
