/** Reads the server's own figures from its /metrics (Prometheus text). */

/** The value of one series, e.g. `dupligraph_open_subscriptions` or `name{label="x"}`; 0 when absent. */
export async function metric(url: string, series: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/** The sum of every series of one metric, whatever its labels. */
export async function metricTotal(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

export async function waitForMetric(url: string, series: string, accept: (value: number) => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let value = await metric(url, series);
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`${series} stuck at ${value}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await metric(url, series);
  }
}
