/** A Server-Sent Events frame: its id, event name and data (the JSON text as sent). */
export interface SseFrame {
  readonly id?: string;
  readonly event?: string;
  readonly data: string;
}

/**
 * The complete frames at the head of `buffer` and what is left of an incomplete one. Comments and frames without
 * data (the keep-alives) are dropped; several `data:` lines join with a newline, as the standard says.
 */
export function sseFrames(buffer: string): { readonly frames: readonly SseFrame[]; readonly rest: string } {
  const blocks = buffer.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const frames = blocks.flatMap((block) => {
    const fields = new Map<string, string[]>();
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const name = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      fields.set(name, [...(fields.get(name) ?? []), value]);
    }
    const data = fields.get('data');
    if (!data) return [];
    const id = fields.get('id')?.at(-1);
    const event = fields.get('event')?.at(-1);
    return [{ data: data.join('\n'), ...(id === undefined ? {} : { id }), ...(event === undefined ? {} : { event }) }];
  });
  return { frames, rest };
}

/** Reads a text/event-stream body frame by frame until it ends or is aborted. */
export async function readFrames(body: ReadableStream<Uint8Array>, onFrame: (frame: SseFrame) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    const parsed = sseFrames(buffer + decoder.decode(value, { stream: true }));
    buffer = parsed.rest;
    parsed.frames.forEach(onFrame);
  }
}
