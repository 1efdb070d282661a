import { parseDuplicatiAddress } from './address.ts';
import { DuplicatiError } from './errors.ts';
import { httpRequest } from './http-request.ts';
import type { HttpAnswer } from './http-request.ts';

/**
 * A client of Duplicati's own web API (v1), as its server answers it (duplicati/duplicati,
 * Duplicati/WebserverCore): Endpoints/V1/Auth.cs (login, refresh), SystemInfo.cs, Backups.cs,
 * Backup/BackupGet.cs and LogData.cs (the stored log, paged by entry id), with the DTOs in Dto/.
 * JSON property names are PascalCase there (PropertyNamingPolicy = null).
 */

export interface DuplicatiConnectOptions {
  /** host, host:port, or an http(s):// URL (src/duplicati/address.ts). */
  address: string;
  password: string;
  allowHttp: boolean;
  trustSelfSigned: boolean;
  timeoutMs?: number;
}

export interface DuplicatiSystemInfo {
  machineName: string;
  /** The `machine-id` option's value: what Duplicati puts in every report's Extra.machine-id. */
  machineId: string | null;
  serverVersion: string | null;
}

/** ScheduleDto as Duplicati sends it. */
export interface DuplicatiSchedule {
  ID?: number;
  Tags?: string[];
  Time: string;
  Repeat: string;
  LastRun?: string;
  Rule: string;
  AllowedDays?: string[];
}

export interface DuplicatiBackup {
  /** Duplicati's id ("1"); reports carry it as backup-id "DB-1". */
  id: string;
  name: string;
  schedule: DuplicatiSchedule | null;
}

/** A row of the job database's LogData table; `message` is the serialized result for Type "Result". */
export interface DuplicatiLogEntry {
  id: number;
  operationId: number;
  /** Seconds since the epoch, UTC. */
  timestamp: number;
  type: string;
  message: string;
}

export interface DuplicatiSession {
  /** The base URL that answered the login, e.g. https://nas:8200. */
  baseUrl: string;
  systemInfo(): Promise<DuplicatiSystemInfo>;
  backups(): Promise<DuplicatiBackup[]>;
  /** Every page of a backup's stored log, newest first, until the oldest entry. */
  logPages(backupId: string): AsyncGenerator<DuplicatiLogEntry[]>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;
/** LogData.DumpTable clamps the page size to 10–500; asking for the most costs the fewest requests. */
export const LOG_PAGE_SIZE = 500;

interface Tokens {
  accessToken: string;
  refreshNonce: string | null;
  refreshCookie: string | null;
}

/** Logs in (https first, see address.ts) and returns a session that renews its token when it expires. */
export async function connectDuplicati(options: DuplicatiConnectOptions): Promise<DuplicatiSession> {
  const { candidates } = parseDuplicatiAddress(options.address, { allowHttp: options.allowHttp });
  const request = (url: string, init: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string }) =>
    httpRequest(url, {
      ...init,
      trustSelfSigned: options.trustSelfSigned,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes: MAX_ANSWER_BYTES,
    });

  let baseUrl: string | undefined;
  let tokens: Tokens | undefined;
  for (const [index, candidate] of candidates.entries()) {
    try {
      tokens = await logIn(candidate, options.password, request);
      baseUrl = candidate;
      break;
    } catch (error) {
      // Only a server that answered https with plain http is tried again over http (when allowed).
      const last = index === candidates.length - 1;
      if (last || !(error instanceof DuplicatiError) || error.kind !== 'plain-http-refused') throw error;
    }
  }
  if (!baseUrl || !tokens) throw new DuplicatiError('unreachable', `No address to try for ${options.address}`);
  const base = baseUrl;
  let current = tokens;

  const renew = async (): Promise<Tokens> => {
    if (current.refreshCookie) {
      const answer = await request(`${base}/api/v1/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: current.refreshCookie },
        body: JSON.stringify({ Nonce: current.refreshNonce ?? '' }),
      });
      const renewed = answer.status === 200 ? tokensFrom(answer, current.refreshCookie) : null;
      if (renewed) return renewed;
    }
    return logIn(base, options.password, request);
  };

  const getJson = async (path: string): Promise<unknown> => {
    let answer = await request(`${base}${path}`, { method: 'GET', headers: { Authorization: `Bearer ${current.accessToken}` } });
    if (answer.status === 401) {
      // Access tokens live 15 minutes (Middlewares/JWTProvider.cs); a long import outlives one.
      current = await renew();
      answer = await request(`${base}${path}`, { method: 'GET', headers: { Authorization: `Bearer ${current.accessToken}` } });
    }
    if (answer.status === 401) throw new DuplicatiError('login-refused', `${base} refused the new access token for ${path}`, base);
    if (answer.status !== 200) {
      throw new DuplicatiError('failed', `${base} answered ${path} with HTTP ${answer.status}${errorText(answer)}`, base);
    }
    const body = parseJson(answer.text);
    if (body === undefined) throw new DuplicatiError('not-duplicati', `${base} answered ${path} with something that is not JSON`, base);
    return body;
  };

  return {
    baseUrl: base,
    async systemInfo() {
      const body = await getJson('/api/v1/systeminfo');
      if (!isRecord(body) || typeof body.MachineName !== 'string') {
        throw new DuplicatiError('not-duplicati', `${base}/api/v1/systeminfo has no MachineName: not a Duplicati server`, base);
      }
      return {
        machineName: body.MachineName,
        machineId: optionDefault(body.Options, 'machine-id'),
        serverVersion: typeof body.ServerVersion === 'string' ? body.ServerVersion : null,
      };
    },
    async backups() {
      const body = await getJson('/api/v1/backups');
      if (!Array.isArray(body)) throw new DuplicatiError('not-duplicati', `${base}/api/v1/backups is not a list`, base);
      return body.flatMap((item): DuplicatiBackup[] => {
        if (!isRecord(item) || !isRecord(item.Backup)) return [];
        const { ID, Name } = item.Backup;
        if (typeof ID !== 'string' || typeof Name !== 'string') return [];
        return [{ id: ID, name: Name, schedule: isRecord(item.Schedule) ? (item.Schedule as unknown as DuplicatiSchedule) : null }];
      });
    },
    async *logPages(backupId) {
      let offset: number | null = null;
      for (;;) {
        const query = new URLSearchParams({ pagesize: String(LOG_PAGE_SIZE) });
        if (offset !== null) query.set('offset', String(offset));
        const body = await getJson(`/api/v1/backup/${encodeURIComponent(backupId)}/log?${query}`);
        if (!Array.isArray(body)) throw new DuplicatiError('not-duplicati', `${base}: the log of backup ${backupId} is not a list`, base);
        const page = body.flatMap(logEntry);
        if (page.length === 0) return;
        yield page;
        // The offset is an entry-id cursor ("ID" < offset, newest first), not a row count.
        const oldest = Math.min(...page.map((entry) => entry.id));
        if (offset !== null && oldest >= offset) return;
        offset = oldest;
      }
    },
  };
}

type Requester = (url: string, init: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string }) => Promise<HttpAnswer>;

/** POST /api/v1/auth/login {Password, RememberMe} → 200 AccessTokenOutputDto, or 401 {"Error":"Failed to log in","Code":401}. */
async function logIn(base: string, password: string, request: Requester): Promise<Tokens> {
  const answer = await request(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ Password: password, RememberMe: true }),
  });
  if (answer.status === 200) {
    const tokens = tokensFrom(answer, null);
    if (tokens) return tokens;
    throw new DuplicatiError('not-duplicati', `${base}/api/v1/auth/login gave no access token: not a Duplicati server`, base);
  }
  const body = parseJson(answer.text);
  if (answer.status === 401 && isRecord(body) && typeof body.Error === 'string') {
    throw new DuplicatiError('login-refused', `Duplicati at ${base} refused the password (${body.Error})`, base);
  }
  throw new DuplicatiError('not-duplicati', `${base}/api/v1/auth/login answered HTTP ${answer.status}: not a Duplicati server`, base);
}

function tokensFrom(answer: HttpAnswer, previousCookie: string | null): Tokens | null {
  const body = parseJson(answer.text);
  if (!isRecord(body) || typeof body.AccessToken !== 'string' || body.AccessToken === '') return null;
  return {
    accessToken: body.AccessToken,
    refreshNonce: typeof body.RefreshNonce === 'string' ? body.RefreshNonce : null,
    refreshCookie: refreshCookie(answer.headers['set-cookie']) ?? previousCookie,
  };
}

/** The refresh token travels as the cookie RefreshToken_<port> (Auth.cs); only its name=value is sent back. */
function refreshCookie(setCookie: string[] | undefined): string | null {
  const cookie = setCookie?.find((line) => line.startsWith('RefreshToken_'));
  return cookie ? (cookie.split(';')[0] ?? null) : null;
}

function logEntry(row: unknown): DuplicatiLogEntry[] {
  if (!isRecord(row) || typeof row.ID !== 'number') return [];
  return [
    {
      id: row.ID,
      operationId: typeof row.OperationID === 'number' ? row.OperationID : 0,
      timestamp: typeof row.Timestamp === 'number' ? row.Timestamp : 0,
      type: typeof row.Type === 'string' ? row.Type : '',
      message: typeof row.Message === 'string' ? row.Message : '',
    },
  ];
}

/** SystemInfoDto.Options: command-line arguments, each {Name, DefaultValue, …}. */
function optionDefault(options: unknown, name: string): string | null {
  if (!Array.isArray(options)) return null;
  const option = options.find((item) => isRecord(item) && item.Name === name);
  const value = isRecord(option) ? option.DefaultValue : undefined;
  return typeof value === 'string' && value !== '' ? value : null;
}

function errorText(answer: HttpAnswer): string {
  const body = parseJson(answer.text);
  return isRecord(body) && typeof body.Error === 'string' ? ` (${body.Error})` : '';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
