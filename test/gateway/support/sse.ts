export interface SseEvent {
  readonly id?: string;
  readonly event?: string;
  readonly data: unknown;
}

/** A Server-Sent Events client over fetch: frames are read as they arrive, the stream is closed by abort. */
export class SseClient {
  private readonly controller = new AbortController();
  private readonly frames: SseEvent[] = [];
  private waiting: (() => void) | undefined;
  private buffer = '';
  readonly status: number;

  private constructor(private readonly response: Response) {
    this.status = response.status;
    void this.pump();
  }

  static async open(url: string, headers: Record<string, string>): Promise<SseClient> {
    const client = new AbortController();
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: client.signal });
    const sse = new SseClient(response);
    sse.controller.signal.addEventListener('abort', () => client.abort());
    return sse;
  }

  /** The next `count` events, or fails after `timeoutMs`. */
  async take(count: number, timeoutMs = 5_000): Promise<SseEvent[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.frames.length < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.frames.length} of ${count} events within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
        setTimeout(resolve, 50);
      });
    }
    return this.frames.splice(0, count);
  }

  /** What arrived and was not taken yet. */
  get pending(): number {
    return this.frames.length;
  }

  close(): void {
    this.controller.abort();
  }

  private async pump(): Promise<void> {
    const reader = this.response.body?.getReader();
    if (!reader) return;
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        this.buffer += decoder.decode(value, { stream: true });
        this.parse();
      }
    } catch {
      // Aborted by close().
    }
  }

  private parse(): void {
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const frame = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const fields = Object.fromEntries(frame.split('\n').filter((line) => !line.startsWith(':')).map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon), line.slice(colon + 1).trimStart()];
      }));
      if (fields.data === undefined) continue;
      this.frames.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) as unknown });
      this.waiting?.();
    }
  }
}
