export interface DeprecatedFieldUse {
  /** Schema coordinate: `Query.machines`, `BackupFilter.machineId`, `Subscription.backupReceived(machineId:)`. */
  coordinate: string;
  client: string;
  /** From the header or connection param that named the client; null when none said. */
  clientVersion: string | null;
  count: number;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

/**
 * Pairs kept at most; a flood of made-up client names cannot grow memory without bound. Past it,
 * each coordinate gets one more pair, for OVERFLOW_CLIENT.
 */
export const MAX_ENTRIES = 5_000;
const MAX_CLIENT_NAME_LENGTH = 200;
export const OVERFLOW_CLIENT = '(other clients)';

/**
 * Uses of deprecated fields and arguments per (client and its version, coordinate). It lives in memory, one per
 * app instance (so per process in production), and starts empty on every restart: enough to see
 * which clients still need a shim before removing it.
 */
export class DeprecationUsageStore {
  readonly #uses = new Map<string, DeprecatedFieldUse>();
  #total = 0;

  /** Counts one use; true when this client (at this version) had not used this coordinate before. */
  record(coordinate: string, client: string, at: Date, clientVersion: string | null = null): boolean {
    let name = client.slice(0, MAX_CLIENT_NAME_LENGTH);
    let version = clientVersion?.slice(0, MAX_CLIENT_NAME_LENGTH) ?? null;
    if (this.#uses.size >= MAX_ENTRIES && !this.#uses.has(keyOf(coordinate, name, version))) {
      name = OVERFLOW_CLIENT;
      version = null;
    }
    const key = keyOf(coordinate, name, version);
    this.#total += 1;
    const existing = this.#uses.get(key);
    if (existing) {
      existing.count += 1;
      existing.lastSeenAt = at;
      return false;
    }
    this.#uses.set(key, { coordinate, client: name, clientVersion: version, count: 1, firstSeenAt: at, lastSeenAt: at });
    return true;
  }

  /** Sorted by coordinate, then client, then version. */
  list(): DeprecatedFieldUse[] {
    return [...this.#uses.values()]
      .map((use) => ({ ...use }))
      .sort(
        (a, b) =>
          a.coordinate.localeCompare(b.coordinate) ||
          a.client.localeCompare(b.client) ||
          (a.clientVersion ?? '').localeCompare(b.clientVersion ?? ''),
      );
  }

  /** Every use counted since start (for the metrics gauge). */
  totalUses(): number {
    return this.#total;
  }
}

function keyOf(coordinate: string, client: string, version: string | null): string {
  return `${coordinate}\u0000${client}\u0000${version ?? ''}`;
}
