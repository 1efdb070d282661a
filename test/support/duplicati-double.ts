import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { makeTempDir } from './test-server.ts';

/**
 * A Duplicati web server on 127.0.0.1 that answers the v1 API as Duplicati's own code does
 * (duplicati/duplicati, Duplicati/WebserverCore):
 * - Endpoints/V1/Auth.cs: POST auth/login {Password, RememberMe} → 200 AccessTokenOutputDto
 *   {AccessToken, RefreshNonce} and the refresh token as cookie RefreshToken_<port> (path
 *   /api/v1/auth/refresh); a wrong password → 401 {"Error":"Failed to log in","Code":401}
 *   (UnauthorizedException through DuplicatiWebserver.cs's exception handler). POST auth/refresh
 *   {Nonce} with that cookie → new tokens; without it → 401 "Authorization failed due to missing cookie.".
 * - Every other route .RequireAuthorization(): without a valid bearer token, 401 with an empty body
 *   (ASP.NET's JWT challenge). Access tokens expire (Middlewares/JWTProvider.cs: 15 minutes); here
 *   after `accessTokenUses` requests, so a test can make one expire mid-import.
 * - Endpoints/V1/SystemInfo.cs + Dto/SystemInfoDto.cs: MachineName, ServerVersion, Options
 *   (command-line arguments; `machine-id` is Library/Main/Options.cs's option, its DefaultValue
 *   the machine id).
 * - Endpoints/V1/Backups.cs + Services/BackupListService.cs: [{Backup: BackupDto, Schedule: ScheduleDto | null}].
 * - Endpoints/V1/Backup/BackupGet.cs + Endpoints/V1/LogData.cs DumpTable: GET backup/{id}/log
 *   ?offset&pagesize (default 100, clamped to 10–500), rows of LogData (ID, OperationID,
 *   Timestamp, Type, Message, Exception) with ID < offset, ID descending; unknown id → 404
 *   {"Error":"Backup not found","Code":404}.
 * - PascalCase JSON (PropertyNamingPolicy = null), enums as strings.
 * `https` serves a self-signed certificate made with openssl at test time.
 */

export interface DoubleLogRow {
  /** The result as LocalDatabase writes it (JsonFormatSerializer.SerializeResults): a report's Data. */
  result?: Record<string, unknown>;
  /** Another row type (older Duplicati logged messages here too); `message` is then its text. */
  type?: string;
  message?: string;
}

export interface DoubleBackup {
  id: string;
  name: string;
  schedule?: Record<string, unknown> | null;
  /** Oldest first; IDs are given in this order, so the newest has the highest ID. */
  log: DoubleLogRow[];
}

export interface DuplicatiDoubleOptions {
  password: string;
  machineName?: string;
  machineId?: string;
  backups: DoubleBackup[];
  protocol?: 'http' | 'https';
  accessTokenUses?: number;
  /** Clamp pages below Duplicati's 500 (as a server of another version might), so few entries make several pages. */
  pageSizeLimit?: number;
}

export interface DoubleRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Raw body text of the request (login bodies carry the password: tests read it, never print it). */
  body: string;
}

export interface DuplicatiDouble {
  /** Host and port, e.g. 127.0.0.1:41234 (no scheme). */
  hostPort: string;
  url: string;
  requests: DoubleRequest[];
  backups: DoubleBackup[];
  stop(): Promise<void>;
}

export const DOUBLE_MACHINE_ID = 'd0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0';

export async function startDuplicatiDouble(options: DuplicatiDoubleOptions): Promise<DuplicatiDouble> {
  const protocol = options.protocol ?? 'https';
  const machineName = options.machineName ?? 'nas';
  const machineId = options.machineId ?? DOUBLE_MACHINE_ID;
  const requests: DoubleRequest[] = [];
  const accessTokens = new Map<string, number>();
  const refreshTokens = new Map<string, string>();
  let port = 0;

  const issueTokens = (response: http.ServerResponse) => {
    const accessToken = randomBytes(16).toString('hex');
    const refreshToken = randomBytes(16).toString('hex');
    const nonce = randomBytes(8).toString('hex');
    accessTokens.set(accessToken, options.accessTokenUses ?? Number.POSITIVE_INFINITY);
    refreshTokens.set(refreshToken, nonce);
    response.setHeader(
      'Set-Cookie',
      `RefreshToken_${port}=${refreshToken}; expires=${new Date(Date.now() + 3_600_000).toUTCString()}; path=/api/v1/auth/refresh; samesite=strict; httponly`,
    );
    json(response, 200, { AccessToken: accessToken, RefreshNonce: nonce });
  };

  const handler = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(request.url ?? '/', 'http://double');
      requests.push({ method: request.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), body });
      const route = `${request.method} ${url.pathname}`;

      if (route === 'POST /api/v1/auth/login') {
        const input = parseJson(body);
        if (input?.Password === options.password) return issueTokens(response);
        return json(response, 401, { Error: 'Failed to log in', Code: 401 });
      }
      if (route === 'POST /api/v1/auth/refresh') {
        const cookie = /RefreshToken_\d+=([0-9a-f]+)/.exec(request.headers.cookie ?? '')?.[1];
        if (!cookie) return json(response, 401, { Error: 'Authorization failed due to missing cookie.', Code: 401 });
        const nonce = refreshTokens.get(cookie);
        refreshTokens.delete(cookie);
        if (nonce === undefined || parseJson(body)?.Nonce !== nonce)
          return json(response, 401, { Error: 'Failed to refresh token', Code: 401 });
        return issueTokens(response);
      }

      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const usesLeft = bearer ? accessTokens.get(bearer) : undefined;
      if (!bearer || usesLeft === undefined || usesLeft <= 0) {
        response.writeHead(401, { 'WWW-Authenticate': 'Bearer', 'Content-Length': '0' });
        return response.end();
      }
      accessTokens.set(bearer, usesLeft - 1);

      if (route === 'GET /api/v1/systeminfo') return json(response, 200, systemInfo(machineName, machineId));
      if (route === 'GET /api/v1/backups') {
        return json(
          response,
          200,
          double.backups.map((backup) => ({ Backup: backupDto(backup), Schedule: backup.schedule ?? null })),
        );
      }
      const logRoute = /^\/api\/v1\/backup\/([^/]+)\/log$/.exec(url.pathname);
      if (request.method === 'GET' && logRoute) {
        const backup = double.backups.find((candidate) => candidate.id === decodeURIComponent(logRoute[1] ?? ''));
        if (!backup) return json(response, 404, { Error: 'Backup not found', Code: 404 });
        const pageSize = Math.max(10, Math.min(options.pageSizeLimit ?? 500, Number(url.searchParams.get('pagesize') ?? 100)));
        const offset = url.searchParams.has('offset') ? Number(url.searchParams.get('offset')) : null;
        const rows = logRows(backup)
          .filter((row) => offset === null || row.ID < offset)
          .sort((a, b) => b.ID - a.ID)
          .slice(0, pageSize);
        return json(response, 200, rows);
      }
      response.writeHead(404, { 'Content-Length': '0' });
      response.end();
    });
  };

  const server = protocol === 'https' ? https.createServer(selfSignedCertificate(), handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const double: DuplicatiDouble = {
    hostPort: `127.0.0.1:${port}`,
    url: `${protocol}://127.0.0.1:${port}`,
    requests,
    backups: options.backups,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return double;
}

/** A LogData row's Message for a report body built by report-builder.ts: its Data, as Duplicati stores results. */
export function logRowOf(report: { Data: Record<string, unknown> }): DoubleLogRow {
  return { result: report.Data };
}

function logRows(backup: DoubleBackup) {
  return backup.log.map((row, index) => ({
    ID: index + 1,
    OperationID: index + 1,
    Timestamp: 1_735_689_600 + index * 3600,
    Type: row.result ? 'Result' : (row.type ?? 'Information'),
    Message: row.result ? JSON.stringify(row.result) : (row.message ?? ''),
    Exception: null,
  }));
}

function backupDto(backup: DoubleBackup) {
  return {
    ID: backup.id,
    ExternalID: null,
    Name: backup.name,
    Description: '',
    Tags: [],
    TargetURL: 'file:///backups/target',
    ConnectionStringID: -1,
    OperationType: 'Backup',
    DBPath: `/data/${backup.id}.sqlite`,
    DBPathExists: true,
    Sources: ['/home/'],
    Settings: [],
    Filters: [],
    Metadata: { LastBackupDate: '20250115T020000Z' },
    IsTemporary: false,
    IsUnencryptedOrPassphraseStored: true,
    AdditionalTargetURLs: [],
  };
}

function systemInfo(machineName: string, machineId: string) {
  const option = (Name: string, DefaultValue: string) => ({
    Aliases: null,
    LongDescription: '',
    Name,
    ShortDescription: '',
    Type: 'String',
    ValidValues: null,
    DefaultValue,
    Typename: 'String',
    Deprecated: false,
    DeprecationMessage: null,
  });
  return {
    APIVersion: 1,
    PasswordPlaceholder: '**********',
    ServerVersion: '2.2.0.1',
    ServerVersionName: 'Duplicati - 2.2.0.1_stable_2025-11-01',
    ServerVersionType: 'Stable',
    StartedBy: 'Server',
    DefaultUpdateChannel: 'Stable',
    DefaultUsageReportLevel: 'Information',
    ServerTime: new Date().toISOString(),
    ServerTimeZone: 'UTC',
    OSType: 'Linux',
    OSVersion: 'Debian',
    DirectorySeparator: '/',
    PathSeparator: ':',
    CaseSensitiveFilesystem: true,
    MachineName: machineName,
    PackageTypeId: 'linux-x64-gui.deb',
    UserName: 'root',
    NewLine: '\n',
    CLRVersion: '8.0.0',
    Options: [option('machine-id', machineId), option('machine-name', machineName), option('backup-id', '')],
    ServerOnlyOptions: [],
    LogLevels: ['ExplicitOnly', 'Profiling', 'Verbose', 'Information', 'DryRun', 'Warning', 'Error'],
  };
}

let certificate: { key: Buffer; cert: Buffer } | undefined;

/** One self-signed certificate per test process, made by openssl (no key material in the repository). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  if (certificate) return certificate;
  const dir = makeTempDir('duplicati-double-cert-');
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  certificate = { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) };
  fs.rmSync(dir, { recursive: true, force: true });
  return certificate;
}

function json(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
