/** What one attempt at a delivery came to, whichever channel made it. */
export type DeliveryOutcome =
  | { ok: true; responseCode: number | null }
  | { ok: false; retryable: boolean; responseCode: number | null; error: string };

/**
 * Retry what may pass later: no answer (network error, timeout), 408, 429 and 5xx. Any other 4xx
 * says the request itself is wrong (bad token, unknown topic), so sending it again cannot help.
 */
export function outcomeOfStatus(status: number, detail: string): DeliveryOutcome {
  if (status >= 200 && status < 300) return { ok: true, responseCode: status };
  const retryable = status === 408 || status === 429 || status >= 500;
  return { ok: false, retryable, responseCode: status, error: `HTTP ${status}${detail ? `: ${detail.slice(0, 300)}` : ''}` };
}

export function outcomeOfNetworkError(error: unknown): DeliveryOutcome {
  const failure = error as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } } | undefined;
  const why =
    failure?.name === 'TimeoutError'
      ? 'timed out'
      : (failure?.code ?? failure?.cause?.code ?? failure?.cause?.message ?? failure?.message ?? String(error));
  return { ok: false, retryable: true, responseCode: null, error: `no answer: ${why}` };
}
