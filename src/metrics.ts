import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  requests: Counter<'route' | 'status'>;
  requestSeconds: Histogram<'route'>;
  graphqlErrors: Counter<'kind'>;
  ingestedReports: Counter<'outcome'>;
  /** Subscribers dropped for falling behind (README, "Slow subscribers"). */
  slowSubscribersDropped: Counter<'transport' | 'reason'>;
}

/**
 * One registry per app (not prom-client's global one), so several apps in one test process do
 * not share counters. Gauges that mirror live state are read when scraped.
 */
export interface LiveFigures {
  subscriptions: () => number;
  webSockets: () => number;
  deprecatedUses: () => number;
  /** Present when live events go through Redis. */
  redis?: { connected(): boolean; bufferedEvents(): number };
}

export function createMetrics(live: LiveFigures): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'dupligraph_' });
  const requests = new Counter({
    name: 'dupligraph_http_requests_total',
    help: 'HTTP requests by route and status code',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: 'dupligraph_http_request_duration_seconds',
    help: 'HTTP request duration by route (until the response is finished)',
    labelNames: ['route'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: 'dupligraph_graphql_errors_total',
    help: 'GraphQL errors returned, by kind (expected: validation, auth, input; unexpected: internal)',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  const ingestedReports = new Counter({
    name: 'dupligraph_ingested_reports_total',
    help: 'Duplicati reports by outcome: stored, duplicate, rejected, failed',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const slowSubscribersDropped = new Counter({
    name: 'dupligraph_slow_subscribers_dropped_total',
    help: 'Subscribers dropped for falling behind, by transport (websocket, sse) and bound passed (pending_events, buffered_bytes)',
    labelNames: ['transport', 'reason'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'dupligraph_open_subscriptions',
    help: 'Live subscriptions (WebSocket and SSE) on this process',
    registers: [registry],
    collect() {
      this.set(live.subscriptions());
    },
  });
  new Gauge({
    name: 'dupligraph_websocket_connections',
    help: 'Open graphql-ws sockets on this process',
    registers: [registry],
    collect() {
      this.set(live.webSockets());
    },
  });
  new Gauge({
    name: 'dupligraph_deprecated_field_uses',
    help: 'Uses of deprecated GraphQL fields and arguments since start (see Query.deprecatedFieldUsage)',
    registers: [registry],
    collect() {
      this.set(live.deprecatedUses());
    },
  });
  const redis = live.redis;
  if (redis) {
    new Gauge({
      name: 'dupligraph_redis_connected',
      help: '1 while both Redis clients (publish and subscribe) are connected, else 0',
      registers: [registry],
      collect() {
        this.set(redis.connected() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'dupligraph_redis_buffered_events',
      help: 'Events held while Redis is unreachable, sent once it is back (oldest dropped past the bound)',
      registers: [registry],
      collect() {
        this.set(redis.bufferedEvents());
      },
    });
  }
  return { registry, requests, requestSeconds, graphqlErrors, ingestedReports, slowSubscribersDropped };
}
