import "server-only";
import pg from "pg";

interface ListenerHandlers {
  onNotification(payload: string): void;
  /** true once LISTEN is in place (first time and after every reconnect); false when it is lost. */
  onStatus(listening: boolean): void;
}

interface ListenerOptions {
  /** First retry delay; doubles up to maxDelayMs. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A query on the listening connection this often: a half-open socket is found and replaced. */
  pingMs?: number;
}

export interface PgListener {
  /** Resolves after the first connection attempt, whatever its outcome (retries go on regardless). */
  ready: Promise<void>;
  listening(): boolean;
  close(): Promise<void>;
}

/**
 * LISTEN on a dedicated connection that never gives up: a dropped connection (`error` or `end`:
 * a restart, a failover, `pg_terminate_backend`, a proxy restart) is replaced with backoff,
 * forever, and every (re)connection is reported so the views re-read what they may have missed.
 */
export function listenForever(url: string, channel: string, handlers: ListenerHandlers, options: ListenerOptions = {}): PgListener {
  const minDelay = options.minDelayMs ?? 250;
  // Short: one connection per instance retrying every 2 s costs nothing; views wait on it.
  const maxDelay = options.maxDelayMs ?? 2_000;
  const pingMs = options.pingMs ?? 10_000;
  let delay = minDelay;
  let client: pg.Client | null = null;
  let isListening = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let ping: NodeJS.Timeout | undefined;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const setStatus = (listening: boolean) => {
    if (isListening === listening) return;
    isListening = listening;
    handlers.onStatus(listening);
  };

  const lost = (lostClient: pg.Client) => {
    if (client !== lostClient) return; // already replaced
    client = null;
    clearInterval(ping);
    lostClient.removeAllListeners("notification");
    lostClient.end().catch(() => undefined);
    setStatus(false);
    if (closed) return;
    const wait = Math.min(delay, maxDelay) * (0.75 + Math.random() * 0.5); // jitter: instances do not reconnect in step
    delay = Math.min(delay * 2, maxDelay);
    retry = setTimeout(connect, wait);
    retry.unref();
  };

  async function connect(): Promise<void> {
    if (closed) return;
    const next = new pg.Client({
      connectionString: url,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      connectionTimeoutMillis: 5_000,
      query_timeout: 5_000,
    });
    client = next;
    next.on("error", () => lost(next));
    next.on("end", () => lost(next));
    next.on("notification", (message) => message.payload && handlers.onNotification(message.payload));
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch {
      lost(next);
      markReady();
      return;
    }
    if (client !== next) return;
    delay = minDelay;
    ping = setInterval(() => void next.query("SELECT 1").catch(() => lost(next)), pingMs);
    ping.unref();
    setStatus(true);
    markReady();
  }

  void connect();
  return {
    ready,
    listening: () => isListening,
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(ping);
      const current = client;
      client = null;
      isListening = false;
      await current?.end().catch(() => undefined);
    },
  };
}
