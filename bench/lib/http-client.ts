import http from 'node:http';

/**
 * Keep-alive HTTP/1.1 to the server under test: one agent, at most `sockets` connections, so a
 * concurrency of 16 means 16 requests in flight on 16 reused sockets.
 */
export class HttpClient {
  private readonly agent: http.Agent;
  private readonly base: URL;

  constructor(baseUrl: string, sockets = 16) {
    this.base = new URL(baseUrl);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  }

  post(path: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
    return this.request('POST', path, body, {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(body)),
      ...headers,
    });
  }

  get(path: string): Promise<{ status: number; body: string }> {
    return this.request('GET', path, '', {});
  }

  private request(method: string, path: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: this.base.hostname,
          port: this.base.port,
          path,
          method,
          agent: this.agent,
          headers,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  /** A GraphQL operation; throws with the body when the answer has errors. */
  async graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await this.post('/graphql', JSON.stringify({ query, variables }), { Accept: 'application/json' });
    const json = JSON.parse(response.body) as { data?: T; errors?: unknown[] };
    if (response.status !== 200 || json.errors?.length || !json.data) {
      throw new Error(`GraphQL ${response.status}: ${response.body.slice(0, 2000)}`);
    }
    return json.data;
  }

  close(): void {
    this.agent.destroy();
  }
}
