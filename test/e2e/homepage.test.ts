/**
 * client-examples/homepage/services.yaml, exercised the way Homepage (gethomepage/homepage) runs
 * a `customapi` widget: its request, its field lookup and, for what a person sees, its formats
 * (test/support/homepage-widget.ts restates those rules from Homepage's source).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import {
  formatAsHomepage,
  loadServices as loadServicesFrom,
  requestAsHomepage,
  resolveField,
  showWidget,
} from '../support/homepage-widget.ts';
import type { Mapping, RenderedWidget, Service, Widget } from '../support/homepage-widget.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const SERVICES_FILE = new URL('../../client-examples/homepage/services.yaml', import.meta.url);
const PLACEHOLDER = 'http://dupligraph.local:9666';

function loadServices(baseUrl: string): Service[] {
  return loadServicesFrom(SERVICES_FILE, PLACEHOLDER, baseUrl);
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

/** What Homepage draws for every service of services.yaml, by service name. */
async function showAll(services: Service[], now: Date): Promise<Record<string, RenderedWidget>> {
  const shown: Record<string, RenderedWidget> = {};
  for (const service of services) shown[service.name] = await showWidget(service.widget, now);
  return shown;
}

const rows = (values: Record<string, string>): RenderedWidget => ({ kind: 'rows', rows: values });
const lines = (...pairs: [string, string][]): RenderedWidget => ({ kind: 'lines', lines: pairs.map(([name, label]) => ({ name, label })) });
const NO_ITEMS: RenderedWidget = { kind: 'lines', lines: [], placeholder: 'No items found' };
const HTTP_ERROR: RenderedWidget = { kind: 'error', message: 'HTTP Error' };

/** Text that only a missing value formatted as a number or a date produces. */
const MISREAD_NULL = /1970|\d+ years? ago|NaN|Invalid/;

function everyShownText(widget: RenderedWidget): string[] {
  if (widget.kind === 'rows') return Object.values(widget.rows);
  if (widget.kind === 'lines') return widget.lines.flatMap((line) => [line.name, line.label]);
  return [widget.message];
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
      buildDuplicatiReport({
        serverId: WSJ,
        serverName: 'WSJ-SER5',
        backupName: 'Local files',
        beginTime: day(3),
        durationSeconds: 2311.6018052,
      }),
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
    // Storage sums the latest run of each server (duplistatus docs/compatibility/rest-api.md#summary): Photos' 7 GB is not WSJ-SER5's.
    expect(values).toMatchObject({ Jobs: 3, Overdue: 2, Stored: 2 * DEFAULT_KNOWN_SIZE, 'Last backup': '12 hours ago' });
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
    expect(items.map((item) => [resolveField(mappings.name, item), resolveField(mappings.label, item)])).toEqual([
      ['nas', '12 hours ago'],
      ['WSJ-SER5', '6 days ago'],
    ]);
  });

  it('GraphQL single server: every mapping resolves, the query variables name the server', async () => {
    const values = await resolvedMappings(widgetNamed(services, 'WSJ-SER5'));
    expect(values).toMatchObject({
      'Last backup': '6 days ago',
      Status: 'Success',
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

  it('REST last backups by machine-id: one list line per job, newest first', async () => {
    const widget = widgetNamed(services, 'WSJ-SER5 jobs');
    expect(widget.display).toBe('dynamic-list');
    const mappings = widget.mappings as { items: string; name: string; label: string };
    const items = resolveField(mappings.items, await dataFor(widget)) as unknown[];
    expect(items.map((item) => resolveField(mappings.name, item))).toEqual(['Local files', 'Photos']);
    expectInstant(resolveField(mappings.label, items[0]), '2025-05-03T02:00:00.000Z');
    expectInstant(resolveField(mappings.label, items[1]), '2025-05-02T02:00:00.000Z');
  });

  it('draws every widget with readable values', async () => {
    expect(await showAll(services, NOW)).toEqual({
      'All backups': rows({ Jobs: '3', Overdue: '2', 'Last backup': '12 hours ago', Stored: '375 GB' }),
      'Overdue backups': lines(['WSJ-SER5 / Photos', '7 days ago'], ['WSJ-SER5 / Local files', '6 days ago']),
      Servers: lines(['nas', '12 hours ago'], ['WSJ-SER5', '6 days ago']),
      'WSJ-SER5': rows({ 'Last backup': '6 days ago', Status: 'Success', Duration: '38m31s', Uploaded: '52.9 MB', 'Overdue jobs': '2' }),
      'Backup summary': rows({ Jobs: '3', Overdue: '2', 'Since last backup': '12h', Stored: '375 GB' }),
      'WSJ-SER5 last backup': rows({
        Job: 'Local files',
        Started: 'May 3, 2025, 2:00 AM',
        Status: 'Success',
        Duration: '38m31s',
        Uploaded: '52.9 MB',
      }),
      // Homepage floors the negative count: 6.9 days is "7 days ago", 1.1 weeks "2 weeks ago".
      'WSJ-SER5 jobs': lines(['Local files', '7 days ago'], ['Photos', '2 weeks ago']),
    });
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

describe('the Homepage model: what its formats make of a missing value (why the text fields exist)', () => {
  const now = new Date('2026-12-01T00:00:00Z');

  it('shows null as 1970 with relativeDate and date, and as nothing with duration and bytes', () => {
    expect(formatAsHomepage({ format: 'relativeDate' }, null, now)).toBe('57 years ago');
    expect(formatAsHomepage({ format: 'date' }, null, now)).toBe('January 1, 1970');
    expect(formatAsHomepage({ format: 'duration' }, null, now)).toBe('');
    expect(formatAsHomepage({ format: 'bytes' }, null, now)).toBe('');
    expect(formatAsHomepage({ format: 'number' }, null, now)).toBe('NaN');
  });

  it('shows a text field without format as it is', () => {
    expect(formatAsHomepage({}, 'never', now)).toBe('never');
    expect(formatAsHomepage({ format: 'text' }, '3 hours ago', now)).toBe('3 hours ago');
  });

  it('formats present values as Homepage does', () => {
    expect(formatAsHomepage({ format: 'relativeDate' }, '2026-11-30T21:00:00Z', now)).toBe('3 hours ago');
    expect(formatAsHomepage({ format: 'duration' }, 2311.6, now)).toBe('38m31s');
    expect(formatAsHomepage({ format: 'duration' }, 93_784, now)).toBe('1d2h');
    expect(formatAsHomepage({ format: 'bytes' }, 52_894_411, now)).toBe('52.9 MB');
    expect(formatAsHomepage({ format: 'number' }, 1234, now)).toBe('1,234');
    expect(
      formatAsHomepage(
        {
          remap: [
            { value: 'SUCCESS', to: 'Success' },
            { any: true, to: 'Unknown' },
          ],
        },
        'SUCCESS',
        now,
      ),
    ).toBe('Success');
  });
});

describe('Homepage services.yaml on an empty database', () => {
  let server: TestServer;
  let services: Service[];
  beforeAll(async () => {
    server = await startTestServer({ now: () => NOW });
    services = loadServices(server.url);
  });
  afterAll(() => server.stop());

  it('draws zeros, "never" and empty lists, and an error for the server that does not exist yet', async () => {
    const shown = await showAll(services, NOW);
    expect(shown).toEqual({
      'All backups': rows({ Jobs: '0', Overdue: '0', 'Last backup': 'never', Stored: '0 B' }),
      'Overdue backups': NO_ITEMS,
      Servers: NO_ITEMS,
      // The example names a server; until it has reported, the name is unknown (404).
      'WSJ-SER5': HTTP_ERROR,
      // duplistatus's /api/summary has secondsSinceLastBackup null here; Homepage's duration shows null as nothing.
      'Backup summary': rows({ Jobs: '0', Overdue: '0', 'Since last backup': '', Stored: '0 B' }),
      'WSJ-SER5 last backup': HTTP_ERROR,
      'WSJ-SER5 jobs': HTTP_ERROR,
    });
    for (const [name, widget] of Object.entries(shown)) {
      for (const text of everyShownText(widget)) expect(text, name).not.toMatch(MISREAD_NULL);
    }
  });
});

describe('Homepage services.yaml for a server with one job', () => {
  let server: TestServer;
  let services: Service[];
  beforeAll(async () => {
    server = await startTestServer({ now: () => NOW });
    services = loadServices(server.url);
    const report = buildDuplicatiReport({
      serverId: WSJ,
      serverName: 'WSJ-SER5',
      backupName: 'Local files',
      beginTime: day(9, 21),
      durationSeconds: 600,
    });
    expect((await server.upload(report)).status).toBe(200);
  });
  afterAll(() => server.stop());

  it('draws every row filled and lists exactly the one job (no empty "next job" row)', async () => {
    const shown = await showAll(services, NOW);
    expect(shown).toEqual({
      'All backups': rows({ Jobs: '1', Overdue: '0', 'Last backup': '3 hours ago', Stored: '187 GB' }),
      'Overdue backups': NO_ITEMS,
      Servers: lines(['WSJ-SER5', '3 hours ago']),
      'WSJ-SER5': rows({ 'Last backup': '3 hours ago', Status: 'Success', Duration: '10m', Uploaded: '52.9 MB', 'Overdue jobs': '0' }),
      'Backup summary': rows({ Jobs: '1', Overdue: '0', 'Since last backup': '3h', Stored: '187 GB' }),
      'WSJ-SER5 last backup': rows({
        Job: 'Local files',
        Started: 'May 9, 2025, 9:00 PM',
        Status: 'Success',
        Duration: '10m',
        Uploaded: '52.9 MB',
      }),
      'WSJ-SER5 jobs': lines(['Local files', '3 hours ago']),
    });
  });

  it('once the job is deleted, says "never" where the GraphQL widgets would have shown 1970', async () => {
    const deleted = await server.graphql(
      `mutation { deleteBackupJob(input: { serverId: "${WSJ}", backupName: "Local files" }) { __typename } }`,
    );
    expect(expectData(deleted).deleteBackupJob.__typename).toBe('DeleteBackupJobPayload');
    const shown = await showAll(services, NOW);
    expect(shown['All backups']).toEqual(rows({ Jobs: '0', Overdue: '0', 'Last backup': 'never', Stored: '0 B' }));
    expect(shown.Servers).toEqual(lines(['WSJ-SER5', 'never']));
    // Duration and bytes of a run that does not exist: Homepage shows nothing, which reads right.
    expect(shown['WSJ-SER5']).toEqual(rows({ 'Last backup': 'never', Status: 'never', Duration: '', Uploaded: '', 'Overdue jobs': '0' }));
    expect(shown['WSJ-SER5 jobs']).toEqual(NO_ITEMS);
    // duplistatus's REST shape has latest_backup null here; services.yaml says what that shows.
    expect(shown['WSJ-SER5 last backup']).toMatchObject({ kind: 'rows', rows: { Job: '', Started: expect.stringMatching(/1970/) } });
  });
});
