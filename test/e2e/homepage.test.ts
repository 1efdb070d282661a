/**
 * client-examples/homepage/services.yaml, exercised the way Homepage (gethomepage/homepage) runs a
 * `customapi` widget, as read in its source (src/widgets/customapi/component.jsx,
 * src/utils/proxy/handlers/generic.js, src/utils/proxy/use-widget-api.js, src/utils/config/shvl.js):
 *
 * - its server-side proxy sends `widget.method` (else GET) with `widget.headers` and nothing else:
 *   no Content-Type or Accept of its own; an object `requestBody` is sent as JSON text;
 * - an answer with status >= 400 becomes `{ error: { message: "HTTP Error", ... } }`; otherwise
 *   the body is parsed as JSON, and a top-level `error` key in it is also shown as an error;
 * - a string `field` is split on runs of ".", "[" and "]" and walked key by key (a missing key
 *   gives null); a field written as a nested YAML object is walked key by key as well;
 * - `display: dynamic-list` takes the array at `mappings.items` and reads `name` and `label`
 *   from each item the same way.
 *
 * The helpers below restate those rules; nothing else about Homepage is assumed.
 */
import fs from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const SERVICES_FILE = new URL('../../client-examples/homepage/services.yaml', import.meta.url);
const PLACEHOLDER = 'http://dupligraph.local:9666';

interface Mapping {
  field?: unknown;
  label: string;
  format?: string;
  additionalField?: { field: unknown; format?: string };
}

interface Widget {
  type: string;
  url: string;
  method?: string;
  headers?: Record<string, string>;
  requestBody?: unknown;
  display?: string;
  mappings: Mapping[] | { items?: string; name: string; label: string; format?: string };
}

interface Service {
  group: string;
  name: string;
  widget: Widget;
}

/** services.yaml: a list of groups, each `{ <group>: [ { <service>: { widget, ... } } ] }`. */
function loadServices(baseUrl: string): Service[] {
  const text = fs.readFileSync(SERVICES_FILE, 'utf8').replaceAll(PLACEHOLDER, baseUrl);
  const groups = parseYaml(text) as Record<string, Record<string, { widget: Widget }>[]>[];
  return groups.flatMap((group) =>
    Object.entries(group).flatMap(([groupName, services]) =>
      services.flatMap((entry) =>
        Object.entries(entry).map(([name, service]) => ({ group: groupName, name, widget: service.widget })),
      ),
    ),
  );
}

type HomepageOutcome = { kind: 'data'; data: any } | { kind: 'error'; error: unknown; status: number };

/** The request Homepage's proxy makes for a widget, and what its widget then holds. */
function requestAsHomepage(widget: Widget): Promise<HomepageOutcome> {
  const body =
    widget.requestBody === undefined
      ? undefined
      : typeof widget.requestBody === 'object'
        ? JSON.stringify(widget.requestBody)
        : String(widget.requestBody);
  const headers: Record<string, string | number> = { ...(widget.headers ?? {}) };
  if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(widget.url), { method: widget.method ?? 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8');
        if (status >= 400) {
          resolve({ kind: 'error', status, error: { message: 'HTTP Error', data: text } });
          return;
        }
        let data: any;
        try {
          data = JSON.parse(text);
        } catch (error) {
          resolve({ kind: 'error', status, error: { message: 'Invalid data', data: text } });
          return;
        }
        if (data && typeof data === 'object' && data.error != null) resolve({ kind: 'error', status, error: data.error });
        else resolve({ kind: 'data', data });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** Homepage's value lookup for a `field` (string path or legacy nested object). */
function resolveField(field: unknown, data: any): unknown {
  if (field === undefined) return data;
  if (typeof field === 'string') return walkPath(data, field) ?? data?.[field] ?? null;
  let value = data;
  let rest: unknown = field;
  while (rest !== null && typeof rest === 'object') {
    const key = Object.keys(rest)[0];
    if (key === undefined) break;
    value = value?.[key];
    rest = (rest as Record<string, unknown>)[key];
  }
  return value?.[rest as string] ?? null;
}

function walkPath(data: any, path: string): unknown {
  let value = data;
  for (const key of path.split(/[.[\]]+/)) {
    value = value && value[key] !== undefined ? value[key] : undefined;
  }
  return value;
}

function widgetNamed(services: Service[], name: string): Widget {
  const service = services.find((s) => s.name === name);
  if (!service) throw new Error(`services.yaml has no service "${name}"; it has ${services.map((s) => s.name).join(', ')}`);
  return service.widget;
}

function mappingsOf(widget: Widget): Mapping[] {
  if (!Array.isArray(widget.mappings)) throw new Error('expected a list of mappings');
  return widget.mappings;
}

async function dataFor(widget: Widget): Promise<any> {
  const outcome = await requestAsHomepage(widget);
  if (outcome.kind === 'error') throw new Error(`Homepage would show an error: ${JSON.stringify(outcome)}`);
  return outcome.data;
}

/** Every mapping of a list/block widget resolved, keyed by label (additional fields as "<label> +"). */
async function resolvedMappings(widget: Widget): Promise<Record<string, unknown>> {
  const data = await dataFor(widget);
  const values: Record<string, unknown> = {};
  for (const mapping of mappingsOf(widget)) {
    values[mapping.label] = resolveField(mapping.field, data);
    if (mapping.additionalField) values[`${mapping.label} +`] = resolveField(mapping.additionalField.field, data);
  }
  return values;
}

/** A value a `date`/`relativeDate` format can show: an ISO string naming that instant. */
function expectInstant(value: unknown, iso: string): void {
  expect(typeof value).toBe('string');
  expect(new Date(value as string).toISOString()).toBe(iso);
}

const GB = 1024 ** 3;
const WSJ = '66f5ffc7ff474a73a3c9cba4ac7bfb65';
const NAS = 'a0000000000000000000000000000002';
const day = (d: number, hour = 2) => new Date(Date.UTC(2025, 4, d, hour, 0, 0));
const NOW = day(10, 0);
const DEFAULT_KNOWN_SIZE = 187_453_100_233;

describe('Homepage services.yaml against a running server', () => {
  let server: TestServer;
  let services: Service[];

  beforeAll(async () => {
    server = await startTestServer({ now: () => NOW });
    services = loadServices(server.url);
    const reports = [
      buildDuplicatiReport({ serverId: WSJ, serverName: 'WSJ-SER5', backupName: 'Local files', beginTime: day(3), durationSeconds: 2311.6018052 }),
      buildDuplicatiReport({
        serverId: WSJ,
        serverName: 'WSJ-SER5',
        backupName: 'Photos',
        beginTime: day(2),
        warnings: 1,
        durationSeconds: 600,
        data: { BackendStatistics: { BytesUploaded: 5 * GB, KnownFileSize: 7 * GB } },
      }),
      buildDuplicatiReport({ serverId: NAS, serverName: 'nas', backupName: 'Media', beginTime: day(9, 12) }),
    ];
    for (const report of reports) expect((await server.upload(report)).status).toBe(200);
  });
  afterAll(() => server.stop());

  it('describes GraphQL and REST widgets, all of type customapi at the placeholder host', () => {
    const text = fs.readFileSync(SERVICES_FILE, 'utf8');
    expect(text).toContain(PLACEHOLDER);
    expect(new Set(services.map((s) => s.widget.type))).toEqual(new Set(['customapi']));
    expect(services.some((s) => s.widget.url.endsWith('/graphql'))).toBe(true);
    expect(services.some((s) => s.widget.url.includes('/api/'))).toBe(true);
    for (const service of services.filter((s) => s.widget.url.endsWith('/graphql'))) {
      expect(service.widget.method, service.name).toBe('POST');
      expect(service.widget.headers, service.name).toEqual({
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json',
      });
    }
  });

  it('GraphQL overview: every mapping resolves to the expected number or date', async () => {
    const values = await resolvedMappings(widgetNamed(services, 'All backups'));
    // Storage sums the latest run of each server (duplistatus d.1): Photos' 7 GB is not WSJ-SER5's.
    expect(values).toMatchObject({ Jobs: 3, Overdue: 2, Stored: 2 * DEFAULT_KNOWN_SIZE });
    expectInstant(values['Last backup'], '2025-05-09T12:00:00.000Z');
  });

  it('GraphQL overdue list: items, names and labels resolve to the overdue jobs, longest late first', async () => {
    const widget = widgetNamed(services, 'Overdue backups');
    expect(widget.display).toBe('dynamic-list');
    const mappings = widget.mappings as { items: string; name: string; label: string };
    const items = resolveField(mappings.items, await dataFor(widget)) as unknown[];
    expect(Array.isArray(items)).toBe(true);
    const rows = items.map((item) => [resolveField(mappings.name, item), resolveField(mappings.label, item)]);
    expect(rows.map(([name]) => name)).toEqual(['WSJ-SER5 / Photos', 'WSJ-SER5 / Local files']);
    expectInstant(rows[0]![1], '2025-05-03T02:00:00.000Z');
    expectInstant(rows[1]![1], '2025-05-04T02:00:00.000Z');
  });

  it('GraphQL server list: one line per server with its newest run', async () => {
    const widget = widgetNamed(services, 'Servers');
    const mappings = widget.mappings as { items: string; name: string; label: string };
    const items = resolveField(mappings.items, await dataFor(widget)) as unknown[];
    expect(items.map((item) => resolveField(mappings.name, item))).toEqual(['nas', 'WSJ-SER5']);
    expectInstant(resolveField(mappings.label, items[0]), '2025-05-09T12:00:00.000Z');
    expectInstant(resolveField(mappings.label, items[1]), '2025-05-03T02:00:00.000Z');
  });

  it('GraphQL single server: every mapping resolves, the query variables name the server', async () => {
    const values = await resolvedMappings(widgetNamed(services, 'WSJ-SER5'));
    expectInstant(values['Last backup'], '2025-05-03T02:00:00.000Z');
    expect(values).toMatchObject({
      Status: 'SUCCESS',
      Duration: 2311.6018052,
      Uploaded: 52_894_411,
      'Overdue jobs': 2,
    });
  });

  it('REST summary: the duplistatus keys resolve to numbers', async () => {
    const values = await resolvedMappings(widgetNamed(services, 'Backup summary'));
    expect(values).toEqual({
      Jobs: 3,
      Overdue: 2,
      'Since last backup': (NOW.getTime() - day(9, 12).getTime()) / 1000,
      Stored: 2 * DEFAULT_KNOWN_SIZE,
    });
  });

  it('REST last backup by name: dot paths resolve to the newest run', async () => {
    const values = await resolvedMappings(widgetNamed(services, 'WSJ-SER5 last backup'));
    expect(values).toMatchObject({ Job: 'Local files', Status: 'Success', Duration: 2311.6018052, Uploaded: 52_894_411 });
    expectInstant(values.Started, '2025-05-03T02:00:00.000Z');
  });

  it('REST last backups by machine-id: bracket paths index the jobs newest first', async () => {
    const values = await resolvedMappings(widgetNamed(services, 'WSJ-SER5 jobs'));
    expect(values).toMatchObject({
      Jobs: 2,
      'Newest job run': 'Local files',
      Next: 'Photos',
      'Stored by newest': DEFAULT_KNOWN_SIZE,
    });
    expectInstant(values['Newest job run +'], '2025-05-03T02:00:00.000Z');
    expectInstant(values['Next +'], '2025-05-02T02:00:00.000Z');
  });

  it('resolves a field written as a nested YAML object the same way as its dotted form', async () => {
    const data = await dataFor(widgetNamed(services, 'WSJ-SER5 jobs'));
    expect(resolveField({ latest_backups: { 1: 'name' } }, data)).toBe('Photos');
    expect(resolveField('latest_backups.1.name', data)).toBe('Photos');
  });

  describe('what Homepage shows when something is wrong', () => {
    it('shows a GraphQL query with a typo as an error (400), thanks to the Accept header', async () => {
      const widget = widgetNamed(services, 'All backups');
      const broken = { ...widget, requestBody: { query: '{ homepage { totalBackupJob } }' } };
      const outcome = await requestAsHomepage(broken);
      expect(outcome).toMatchObject({ kind: 'error', status: 400 });
    });

    it('would show nothing at all for that typo without the Accept header (why the YAML sets it)', async () => {
      const widget = widgetNamed(services, 'All backups');
      const { Accept: _accept, ...headers } = widget.headers ?? {};
      const outcome = await requestAsHomepage({ ...widget, headers, requestBody: { query: '{ homepage { totalBackupJob } }' } });
      expect(outcome.kind).toBe('data');
    });

    it('shows a missing Content-Type header as an error (4xx)', async () => {
      const widget = widgetNamed(services, 'All backups');
      const { 'Content-Type': _contentType, ...headers } = widget.headers ?? {};
      const outcome = await requestAsHomepage({ ...widget, headers });
      expect(outcome.kind).toBe('error');
      expect(outcome.kind === 'error' && outcome.status >= 400 && outcome.status < 500).toBe(true);
    });

    it('shows an unknown server name as an error, in GraphQL (404) and REST (404)', async () => {
      const graphqlWidget = widgetNamed(services, 'WSJ-SER5');
      const body = graphqlWidget.requestBody as { query: string; variables: Record<string, unknown> };
      const graphqlOutcome = await requestAsHomepage({ ...graphqlWidget, requestBody: { ...body, variables: { server: 'no-such-host' } } });
      expect(graphqlOutcome).toMatchObject({ kind: 'error', status: 404 });

      const restWidget = widgetNamed(services, 'WSJ-SER5 last backup');
      const restOutcome = await requestAsHomepage({ ...restWidget, url: restWidget.url.replace('WSJ-SER5', 'no-such-host') });
      expect(restOutcome).toMatchObject({ kind: 'error', status: 404 });
    });
  });
});
