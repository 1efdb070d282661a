/** One Server-Sent Event as a client sees it. */
export interface StreamEvent {
  /** The `id:` line's value: undefined without one, '' for an empty one. */
  id?: string;
  event: string;
  data: string;
}

/**
 * Reads `response`'s event stream until it ends or is aborted, handing each event to `onEvent`
 * (comments, the pings, are skipped). Resolves when reading stops.
 */
export async function readEventStream(response: Response, onEvent: (event: StreamEvent) => void): Promise<void> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      text += decoder.decode(value, { stream: true });
      for (let end = text.indexOf('\n\n'); end >= 0; end = text.indexOf('\n\n')) {
        const event = parseEvent(text.slice(0, end));
        text = text.slice(end + 2);
        if (event) onEvent(event);
      }
    }
  } catch {
    // aborted by the caller
  }
}

function parseEvent(block: string): StreamEvent | null {
  const fields = block
    .split('\n')
    .filter((line) => !line.startsWith(':'))
    .map((line) => {
      const colon = line.indexOf(':');
      return colon < 0 ? [line, ''] : [line.slice(0, colon), line.slice(colon + 1).replace(/^ /, '')];
    });
  if (fields.length === 0) return null;
  const field = (name: string) => fields.find(([key]) => key === name)?.[1];
  return { id: field('id'), event: field('event') ?? 'message', data: field('data') ?? '' };
}
