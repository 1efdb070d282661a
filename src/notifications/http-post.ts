import type { DeliveryOutcome } from './delivery-outcome.ts';
import { outcomeOfNetworkError, outcomeOfStatus } from './delivery-outcome.ts';

export interface HttpPost {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** One POST with a deadline; the answer's body is read (and its start kept for the error) so the socket is freed. */
export async function postOnce(request: HttpPost, timeoutMs: number, signal?: AbortSignal): Promise<DeliveryOutcome> {
  const deadline = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: { 'User-Agent': 'dupligraph', ...request.headers },
      body: request.body,
      signal: signal ? AbortSignal.any([deadline, signal]) : deadline,
      redirect: 'error',
    });
    const text = await response.text().catch(() => '');
    return outcomeOfStatus(response.status, response.ok ? '' : text);
  } catch (error) {
    return outcomeOfNetworkError(error);
  }
}
