/**
 * Per-job backup state in /metrics, read the way Prometheus reads it (a strict text-format
 * parser, test/support/prometheus-text.ts) and compared with what the GraphQL API says about the
 * stored runs: after uploads, after deleting a job, after deleting a server and after a merge.
 * Then the shipped alert rules and Grafana dashboard are checked against the real output.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { capturedLogger } from '../support/captured-logger.ts';
import { parsePrometheusText } from '../support/prometheus-text.ts';
import type { MetricFamily, Sample } from '../support/prometheus-text.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { databaseKind } from '../support/test-database.ts';
import { expectData, makeTempDir, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const ALPHA = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';
const BETA = 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2';
/** A second server named "alpha" (a reinstalled Duplicati with a new machine-id). */
const ALPHA_AGAIN = 'c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3';
const ODD_NAME = 'Say "hi" to C:\\Users\\me';
const EXAMPLES = new URL('../../client-examples/prometheus/', import.meta.url);
const ALERT_RULES = new URL('dupligraph-alerts.yml', EXAMPLES);
const DASHBOARD = new URL('grafana-dashboard.json', EXAMPLES);
const PROMTOOL = ['/usr/bin/promtool', '/usr/local/bin/promtool'].find((file) => fs.existsSync(file));

const BACKUP_METRICS = [
  'dupligraph_backup_last_run_timestamp_seconds',
  'dupligraph_backup_last_success_timestamp_seconds',
  'dupligraph_backup_last_status',
  'dupligraph_backup_overdue',
  'dupligraph_backup_last_uploaded_bytes',
  'dupligraph_backup_last_stored_bytes',
  'dupligraph_backup_last_duration_seconds',
  'dupligraph_backup_open_alerts',
];
const STATUSES = ['Success', 'Unknown', 'Warning', 'Error', 'Fatal'];
const ALERT_KINDS = ['OVERDUE', 'BACKUP_FAILED', 'BACKUP_WARNING'];

const at = (iso: string) => new Date(iso);

function run(
  serverId: string,
  serverName: string,
  backupName: string,
  beginTime: string,
  extra: Partial<Parameters<typeof buildDuplicatiReport>[0]> = {},
) {
  return buildDuplicatiReport({ serverId, serverName, backupName, beginTime: at(beginTime), ...extra });
}

async function scrape(server: TestServer): Promise<{ text: string; families: Map<string, MetricFamily> }> {
  const response = await fetch(`${server.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  return { text, families: parsePrometheusText(text) };
}

/** One job's figures as the metrics state them, keyed "<server_id> <backup_name>". */
interface JobFigures {
  server: string;
  lastRun: number;
  lastSuccess: number;
  status: string;
  overdue: number;
  uploaded: number;
  stored: number;
  duration: number;
  openAlerts: string[];
}

function jobKey(labels: Record<string, string>): string {
  return `${labels.server_id} ${labels.backup_name}`;
}

/** Reads the per-job series back into one record per job, checking each family's shape on the way. */
function figuresFromMetrics(families: Map<string, MetricFamily>): Record<string, JobFigures> {
  const jobs: Record<string, JobFigures> = {};
  const job = (sample: Sample) => {
    jobs[jobKey(sample.labels)] ??= {
      server: sample.labels.server!,
      lastRun: 0,
      lastSuccess: 0,
      status: '',
      overdue: 0,
      uploaded: 0,
      stored: 0,
      duration: 0,
      openAlerts: [],
    };
    return jobs[jobKey(sample.labels)]!;
  };
  const samplesOf = (name: string) => {
    const family = families.get(name);
    expect(family, `${name} in /metrics`).toBeDefined();
    expect(family!.type, name).toBe('gauge');
    expect(family!.help, name).toBeTruthy();
    return family!.samples;
  };
  for (const sample of samplesOf('dupligraph_backup_last_run_timestamp_seconds')) job(sample).lastRun = sample.value;
  for (const sample of samplesOf('dupligraph_backup_last_success_timestamp_seconds')) job(sample).lastSuccess = sample.value;
  for (const sample of samplesOf('dupligraph_backup_overdue')) job(sample).overdue = sample.value;
  for (const sample of samplesOf('dupligraph_backup_last_uploaded_bytes')) job(sample).uploaded = sample.value;
  for (const sample of samplesOf('dupligraph_backup_last_stored_bytes')) job(sample).stored = sample.value;
  for (const sample of samplesOf('dupligraph_backup_last_duration_seconds')) job(sample).duration = sample.value;
  // State sets: every job has one series per status and per alert kind, each 0 or 1.
  const statusSamples = samplesOf('dupligraph_backup_last_status');
  for (const key of Object.keys(jobs)) {
    const mine = statusSamples.filter((sample) => jobKey(sample.labels) === key);
    expect(mine.map((sample) => sample.labels.status).sort(), key).toEqual([...STATUSES].sort());
    expect(
      mine.filter((sample) => sample.value === 1),
      key,
    ).toHaveLength(1);
    expect(
      mine.every((sample) => sample.value === 0 || sample.value === 1),
      key,
    ).toBe(true);
    jobs[key]!.status = mine.find((sample) => sample.value === 1)!.labels.status!;
  }
  const alertSamples = samplesOf('dupligraph_backup_open_alerts');
  for (const key of Object.keys(jobs)) {
    const mine = alertSamples.filter((sample) => jobKey(sample.labels) === key);
    expect(mine.map((sample) => sample.labels.kind).sort(), key).toEqual([...ALERT_KINDS].sort());
    jobs[key]!.openAlerts = mine
      .filter((sample) => sample.value === 1)
      .map((sample) => sample.labels.kind!)
      .sort();
  }
  // No series of any backup family names a job the others do not know.
  for (const name of BACKUP_METRICS) {
    for (const sample of samplesOf(name)) expect(jobs[jobKey(sample.labels)], `${name} ${JSON.stringify(sample.labels)}`).toBeDefined();
  }
  return jobs;
}

const STORED_RUNS = /* GraphQL */ `
  {
    servers(first: 50) {
      edges {
        node {
          serverId
          name
          backupJobs {
            backupName
            overdue { isOverdue }
            latestBackup { date status durationSeconds uploadedSize knownFileSize }
            backups(first: 100) { edges { node { date status } } }
            alerts(active: true, first: 10) { edges { node { kind } } }
          }
        }
      }
    }
  }
`;

const statusWord = (graphqlStatus: string) => graphqlStatus.charAt(0) + graphqlStatus.slice(1).toLowerCase();
const unixSeconds = (iso: string) => new Date(iso).getTime() / 1000;

/** The same figures, from the stored runs as the GraphQL API reads them. */
async function figuresFromStoredRuns(server: TestServer): Promise<Record<string, JobFigures>> {
  const data = expectData(await server.graphql(STORED_RUNS), STORED_RUNS);
  const jobs: Record<string, JobFigures> = {};
  for (const { node } of data.servers.edges) {
    for (const job of node.backupJobs) {
      if (!job.latestBackup) continue;
      const goodRuns = job.backups.edges
        .map((edge: any) => edge.node)
        .filter((run: any) => run.status === 'SUCCESS' || run.status === 'WARNING');
      const lastGood = goodRuns
        .map((run: any) => run.date as string)
        .sort()
        .at(-1);
      jobs[`${node.serverId} ${job.backupName}`] = {
        server: node.name,
        lastRun: unixSeconds(job.latestBackup.date),
        lastSuccess: lastGood ? unixSeconds(lastGood) : 0,
        status: statusWord(job.latestBackup.status),
        overdue: job.overdue.isOverdue ? 1 : 0,
        uploaded: job.latestBackup.uploadedSize,
        stored: job.latestBackup.knownFileSize,
        duration: job.latestBackup.durationSeconds,
        openAlerts: job.alerts.edges.map((edge: any) => edge.node.kind).sort(),
      };
    }
  }
  return jobs;
}

async function mutate(server: TestServer, mutation: string, variables: Record<string, unknown>, payload: string): Promise<void> {
  const response = await server.graphql(mutation, variables);
  const result = Object.values(expectData(response, mutation) as Record<string, { __typename: string; message?: string }>)[0]!;
  expect(result.__typename, result.message).toBe(payload);
}

describe(`backup state in /metrics (${databaseKind})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ now: () => NOW });
    const reports = [
      run(ALPHA, 'alpha', 'Docs', '2026-03-08T02:00:00Z', {
        durationSeconds: 95.25,
        data: { BackendStatistics: { BytesUploaded: 1_000, KnownFileSize: 50_000 } },
      }),
      run(ALPHA, 'alpha', 'Docs', '2026-03-09T02:00:00Z', { errors: 2, parsedResult: 'Error' }),
      run(ALPHA, 'alpha', 'Photos', '2026-03-10T10:00:00Z', {
        warnings: 3,
        data: { BackendStatistics: { BytesUploaded: 7_000_000_000, KnownFileSize: 9_000_000_000 } },
      }),
      run(BETA, 'beta', ODD_NAME, '2026-03-01T02:00:00Z'),
      run(ALPHA_AGAIN, 'alpha', 'Docs', '2026-03-10T11:00:00Z', { durationSeconds: 60 }),
      run(ALPHA_AGAIN, 'alpha', 'Mail', '2026-03-02T02:00:00Z', { parsedResult: 'Fatal', errors: 1 }),
    ];
    for (const report of reports) expect((await server.upload(report)).status).toBe(200);
    await server.app.checkOverdue();
  });
  afterAll(() => server.stop());

  it('is text that a strict Prometheus parser reads whole, every backup family a documented gauge', async () => {
    const { families } = await scrape(server);
    for (const name of BACKUP_METRICS) expect(families.get(name)?.type, name).toBe('gauge');
    expect(families.get('dupligraph_backup_state_up')?.samples).toEqual([{ name: 'dupligraph_backup_state_up', labels: {}, value: 1 }]);
    // The process figures are still there beside them.
    expect(families.get('dupligraph_http_request_duration_seconds')?.type).toBe('histogram');
  });

  it('has one series set per job, matching the stored runs after uploads', async () => {
    const fromMetrics = figuresFromMetrics((await scrape(server)).families);
    expect(fromMetrics).toEqual(await figuresFromStoredRuns(server));
    // What the scenario was built to show, so a broken oracle cannot hide a wrong answer.
    expect(Object.keys(fromMetrics).sort()).toEqual(
      [`${ALPHA} Docs`, `${ALPHA} Photos`, `${BETA} ${ODD_NAME}`, `${ALPHA_AGAIN} Docs`, `${ALPHA_AGAIN} Mail`].sort(),
    );
    expect(fromMetrics[`${ALPHA} Docs`]).toMatchObject({
      server: 'alpha',
      status: 'Error',
      lastRun: unixSeconds('2026-03-09T02:00:00Z'),
      lastSuccess: unixSeconds('2026-03-08T02:00:00Z'),
      overdue: 1,
    });
    expect(fromMetrics[`${ALPHA} Docs`]!.openAlerts).toEqual(['BACKUP_FAILED', 'OVERDUE']);
    expect(fromMetrics[`${ALPHA} Photos`]).toMatchObject({ status: 'Warning', uploaded: 7_000_000_000, stored: 9_000_000_000, overdue: 0 });
    expect(fromMetrics[`${ALPHA} Photos`]!.lastSuccess).toBe(unixSeconds('2026-03-10T10:00:00Z'));
    expect(fromMetrics[`${ALPHA_AGAIN} Mail`]).toMatchObject({ status: 'Fatal', lastSuccess: 0 });
    // Quotes and backslashes in a backup name survive the label escaping.
    expect(fromMetrics[`${BETA} ${ODD_NAME}`]).toMatchObject({ server: 'beta', status: 'Success', overdue: 1 });
  });

  it('labels no series with job or instance, which Prometheus sets itself', async () => {
    const { families } = await scrape(server);
    for (const name of BACKUP_METRICS) {
      const labelNames = new Set(families.get(name)!.samples.flatMap((sample) => Object.keys(sample.labels)));
      expect(labelNames.has('job') || labelNames.has('instance'), name).toBe(false);
    }
  });

  it('drops a deleted job at the next scrape', async () => {
    await mutate(
      server,
      `mutation ($serverId: ID!, $backupName: String!) { deleteBackupJob(input: { serverId: $serverId, backupName: $backupName }) { __typename ... on Error { message } } }`,
      { serverId: ALPHA, backupName: 'Photos' },
      'DeleteBackupJobPayload',
    );
    const fromMetrics = figuresFromMetrics((await scrape(server)).families);
    expect(fromMetrics[`${ALPHA} Photos`]).toBeUndefined();
    expect(fromMetrics).toEqual(await figuresFromStoredRuns(server));
  });

  it('drops every job of a deleted server', async () => {
    await mutate(
      server,
      `mutation ($id: ID!) { deleteServer(input: { id: $id }) { __typename ... on Error { message } } }`,
      { id: BETA },
      'DeleteServerPayload',
    );
    const { text, families } = await scrape(server);
    expect(text).not.toContain(BETA);
    expect(figuresFromMetrics(families)).toEqual(await figuresFromStoredRuns(server));
  });

  it('after a merge, shows the jobs under the target and nothing of the merged-away server', async () => {
    await mutate(
      server,
      `mutation ($sourceIds: [ID!]!, $targetId: ID!) { mergeServers(input: { sourceIds: $sourceIds, targetId: $targetId }) { __typename ... on Error { message } } }`,
      { sourceIds: [ALPHA_AGAIN], targetId: ALPHA },
      'MergeServersPayload',
    );
    const { text, families } = await scrape(server);
    expect(text).not.toContain(ALPHA_AGAIN);
    const fromMetrics = figuresFromMetrics(families);
    expect(fromMetrics).toEqual(await figuresFromStoredRuns(server));
    expect(Object.keys(fromMetrics).sort()).toEqual([`${ALPHA} Docs`, `${ALPHA} Mail`]);
    // Docs now holds both servers' runs: the newest is the merged-in Success.
    expect(fromMetrics[`${ALPHA} Docs`]).toMatchObject({ status: 'Success', lastRun: unixSeconds('2026-03-10T11:00:00Z'), duration: 60 });
  });
});

describe(`reading the backup state for /metrics (${databaseKind})`, () => {
  it('takes the same number of queries for one job as for twelve', async () => {
    let queries = 0;
    const server = await startTestServer({ now: () => NOW, onQuery: () => void queries++ });
    try {
      const queriesPerScrape = async () => {
        const before = queries;
        await scrape(server);
        return queries - before;
      };
      expect((await server.upload(run(ALPHA, 'alpha', 'Job 0', '2026-03-09T02:00:00Z'))).status).toBe(200);
      const forOne = await queriesPerScrape();
      for (let index = 1; index < 12; index++) {
        const serverId = index % 2 === 0 ? ALPHA : BETA;
        expect(
          (await server.upload(run(serverId, serverId === ALPHA ? 'alpha' : 'beta', `Job ${index}`, '2026-03-09T02:00:00Z'))).status,
        ).toBe(200);
      }
      const forTwelve = await queriesPerScrape();
      expect(forTwelve).toBe(forOne);
      expect(forOne).toBeGreaterThan(0);
      // 8 for the backup state, and one for the notification outbox's backlog gauge.
      expect(forOne).toBeLessThanOrEqual(9);
      expect(Object.keys(figuresFromMetrics((await scrape(server)).families))).toHaveLength(12);
    } finally {
      await server.stop();
    }
  });

  it('answers the same on two instances sharing one database, whichever took the upload', async () => {
    const first = await startTestServer({ now: () => NOW });
    const second = await startTestServer({ now: () => NOW, databaseFile: first.databaseFile });
    try {
      expect((await first.upload(run(ALPHA, 'alpha', 'Docs', '2026-03-09T02:00:00Z'))).status).toBe(200);
      const seenBySecond = figuresFromMetrics((await scrape(second)).families);
      expect(Object.keys(seenBySecond)).toEqual([`${ALPHA} Docs`]);
      expect(seenBySecond).toEqual(figuresFromMetrics((await scrape(first)).families));
    } finally {
      await second.stop();
      await first.stop();
    }
  });

  it('has no per-job series and state_up 0 when the database cannot be read, and says why in the log', async () => {
    const log = capturedLogger();
    const server = await startTestServer({ now: () => NOW, logger: log.logger });
    try {
      expect((await server.upload(run(ALPHA, 'alpha', 'Docs', '2026-03-09T02:00:00Z'))).status).toBe(200);
      await server.app.database.prisma.$executeRawUnsafe('DROP TABLE alerts');
      const { families } = await scrape(server);
      expect(families.get('dupligraph_backup_state_up')?.samples[0]?.value).toBe(0);
      for (const name of BACKUP_METRICS) expect(families.get(name)?.samples ?? [], name).toEqual([]);
      // The rest of /metrics still answers.
      expect(families.get('dupligraph_http_requests_total')?.samples.length).toBeGreaterThan(0);
      expect(log.lines.find((line) => line.includes('the backup state could not be read'))).toMatch(/alerts/);
    } finally {
      await server.stop();
    }
  });
});

/** Metric names a PromQL expression reads (ours all start with dupligraph_). */
function metricNamesIn(expr: string): string[] {
  return [...new Set(expr.match(/\bdupligraph_[a-z_]+\b/g) ?? [])];
}

/** Label names a PromQL expression or template uses: matchers, by/on/without lists, $labels.x and {{x}}. */
function labelNamesIn(text: string): string[] {
  const names = new Set<string>();
  for (const [, matchers] of text.matchAll(/\{([^{}]*)\}/g)) {
    for (const [, name] of matchers!.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)\s*"/g)) names.add(name!);
  }
  for (const [, list] of text.matchAll(/\b(?:by|on|without|ignoring)\s*\(([^)]*)\)/g)) {
    for (const name of list!
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean))
      names.add(name);
  }
  for (const [, name] of text.matchAll(/\$labels\.([a-zA-Z_][a-zA-Z0-9_]*)/g)) names.add(name!);
  for (const [, name] of text.matchAll(/\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g)) names.add(name!);
  return [...names];
}

/** Labels Prometheus puts on every scraped series, whatever the target exposes. */
const TARGET_LABELS = ['job', 'instance'];

describe(`the example alert rules and Grafana dashboard (${databaseKind})`, () => {
  let server: TestServer;
  let families: Map<string, MetricFamily>;
  let text: string;
  beforeAll(async () => {
    server = await startTestServer({ now: () => NOW });
    for (const report of [
      run(ALPHA, 'alpha', 'Docs', '2026-03-09T02:00:00Z', { errors: 1, parsedResult: 'Error' }),
      run(ALPHA, 'alpha', 'Photos', '2026-03-10T10:00:00Z', { warnings: 1 }),
    ]) {
      expect((await server.upload(report)).status).toBe(200);
    }
    await server.app.checkOverdue();
    ({ text, families } = await scrape(server));
  });
  afterAll(() => server.stop());

  const labelsOf = (metric: string) => new Set(families.get(metric)?.samples.flatMap((sample) => Object.keys(sample.labels)) ?? []);

  function expectKnownNamesIn(expr: string, where: string): void {
    const metrics = metricNamesIn(expr);
    expect(metrics.length, `${where} reads a dupligraph metric: ${expr}`).toBeGreaterThan(0);
    for (const metric of metrics) expect(families.has(metric), `${where}: ${metric} is in /metrics`).toBe(true);
    const known = new Set([...TARGET_LABELS, ...metrics.flatMap((metric) => [...labelsOf(metric)])]);
    for (const label of labelNamesIn(expr)) expect(known.has(label), `${where}: label ${label} exists on ${metrics.join(', ')}`).toBe(true);
  }

  it('alert rules: a Prometheus rule file whose every metric and label exists in /metrics', () => {
    const file = parseYaml(fs.readFileSync(ALERT_RULES, 'utf8')) as { groups: { name: string; rules: Record<string, any>[] }[] };
    const rules = file.groups.flatMap((group) => group.rules);
    expect(rules.length).toBeGreaterThanOrEqual(4);
    for (const rule of rules) {
      expect(Object.keys(rule).sort(), rule.alert).toEqual(expect.arrayContaining(['alert', 'annotations', 'expr', 'labels']));
      expect(rule.labels.severity, rule.alert).toMatch(/^(critical|warning|info)$/);
      if (rule.for !== undefined) expect(rule.for, rule.alert).toMatch(/^\d+[smhd]$/);
      expectKnownNamesIn(String(rule.expr), `alert ${rule.alert}`);
      // Annotations may only name labels the expression's result carries.
      const resultLabels = new Set([...TARGET_LABELS, ...metricNamesIn(rule.expr).flatMap((metric) => [...labelsOf(metric)])]);
      for (const label of labelNamesIn(JSON.stringify(rule.annotations)))
        expect(resultLabels.has(label), `${rule.alert}: $labels.${label}`).toBe(true);
    }
    // Label values the rules match on are values the metrics have.
    expect(text).toMatch(/dupligraph_backup_last_status\{[^}]*status="Fatal"/);
    expect(text).toMatch(/dupligraph_backup_open_alerts\{[^}]*kind="BACKUP_WARNING"/);
  });

  it('dashboard: Grafana JSON whose every query reads metrics and labels that exist in /metrics', () => {
    const dashboard = JSON.parse(fs.readFileSync(DASHBOARD, 'utf8'));
    expect(dashboard.uid).toBe('dupligraph-backups');
    const exprs: { where: string; expr: string }[] = [];
    for (const panel of dashboard.panels) {
      for (const target of panel.targets ?? []) {
        exprs.push({ where: `panel "${panel.title}" ${target.refId}`, expr: target.expr });
        if (target.legendFormat) expectKnownNamesIn(`${target.expr} ${target.legendFormat}`, `panel "${panel.title}" legend`);
      }
    }
    for (const variable of dashboard.templating.list.filter((v: any) => v.type === 'query')) {
      exprs.push({ where: `variable ${variable.name}`, expr: variable.definition });
    }
    expect(exprs.length).toBeGreaterThanOrEqual(10);
    for (const { where, expr } of exprs) expectKnownNamesIn(expr, where);
  });

  it.runIf(PROMTOOL)('promtool accepts the rule file, the dashboard queries and the /metrics text (where promtool is installed)', () => {
    const check = (args: string[], input?: string) => {
      const result = spawnSync(PROMTOOL!, args, { input, encoding: 'utf8', timeout: 60_000 });
      expect(result.status, `promtool ${args.join(' ')}\n${result.stdout}${result.stderr}`).toBe(0);
      return `${result.stdout}${result.stderr}`;
    };
    check(['check', 'rules', ALERT_RULES.pathname]);
    // Each dashboard query as a recording rule, so promtool parses it ($server as "any server").
    const dashboard = JSON.parse(fs.readFileSync(DASHBOARD, 'utf8'));
    const queries = dashboard.panels.flatMap((panel: any) =>
      (panel.targets ?? []).map((target: any) => target.expr.replaceAll('$server', '.*')),
    );
    const directory = makeTempDir('dupligraph-promtool-');
    const rulesFile = path.join(directory, 'dashboard-queries.yml');
    fs.writeFileSync(
      rulesFile,
      stringifyYaml({
        groups: [
          { name: 'dashboard', rules: queries.map((expr: string, index: number) => ({ record: `dashboard:query_${index}`, expr })) },
        ],
      }),
    );
    check(['check', 'rules', rulesFile]);
    fs.rmSync(directory, { recursive: true, force: true });
    // promtool's linter flags counters without _total and similar; our families must pass it.
    const backupText = text
      .split(/\n(?=# HELP )/)
      .filter((block) => block.startsWith('# HELP dupligraph_backup_'))
      .join('\n');
    expect(check(['check', 'metrics'], `${backupText}\n`)).not.toMatch(/dupligraph_backup/);
  });
});
