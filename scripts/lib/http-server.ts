import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, createClientAddressKey, sealClientAddress } from "../../lib/server/client-address-header";
import { resolveClientAddress, type TrustedProxies } from "../../lib/server/client-address";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

interface AppServer {
  server: Server;
  /** Stop accepting, end event streams, let other requests finish (up to graceMs), close the server, then the database. Idempotent. */
  shutdown(): Promise<void>;
}

interface AppServerOptions {
  trustedProxies: TrustedProxies;
  closeDatabase: () => Promise<void>;
  graceMs?: number;
}

const isEventStream = (req: IncomingMessage, res: ServerResponse) =>
  String(res.getHeader("content-type") ?? "").startsWith("text/event-stream") || String(req.headers.accept ?? "").includes("text/event-stream");

/**
 * The HTTP server in front of the app. Every request gets the client address computed here
 * from the socket and the trusted-proxy rule, sealed (lib/server/client-address-header.ts);
 * any copy the client sent is deleted first.
 */
export function createAppServer(handle: Handler, options: AppServerOptions): AppServer {
  createClientAddressKey();
  const open = new Map<ServerResponse, IncomingMessage>();
  const server = createServer((req, res) => {
    delete req.headers[CLIENT_ADDRESS_HEADER];
    const ip = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], options.trustedProxies);
    if (ip) req.headers[CLIENT_ADDRESS_HEADER] = sealClientAddress(ip);
    open.set(res, req);
    res.once("close", () => open.delete(res));
    Promise.resolve(handle(req, res)).catch((error: unknown) => {
      // Next answers its own errors; this is for anything that escapes it.
      console.error("[server] Unhandled request error", error);
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { "Content-Type": "text/plain" }).end("Internal server error");
    });
  });
  // Keep idle connections longer than the clients and proxies in front do (HAProxy, browsers):
  // with Node's 5 s default a client reusing a connection the server just closed gets a reset.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  let stopping: Promise<void> | undefined;
  async function stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    // Live views reconnect by themselves (to another instance, or this one once restarted).
    for (const [res, req] of open) if (isEventStream(req, res)) res.destroy();
    const finished = Promise.all([...open.keys()].map((res) => new Promise((resolve) => (res.closed ? resolve(null) : res.once("close", resolve)))));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([finished, new Promise((resolve) => (timer = setTimeout(resolve, options.graceMs ?? 5000)))]);
    clearTimeout(timer);
    server.closeAllConnections();
    await closed;
    await options.closeDatabase();
  }
  return { server, shutdown: () => (stopping ??= stop()) };
}

/** SIGTERM or SIGINT (once or many times): shut down, then exit 0; exit 1 if that fails or hangs. */
export function exitOnSignals(app: AppServer, log: (line: string) => void, hardLimitMs = 20_000): void {
  let received = false;
  const onSignal = (signal: NodeJS.Signals) => {
    // A terminal's Ctrl-C reaches both this process and its parent, which forwards it: once is enough.
    if (received) return;
    received = true;
    log(`[server] ${signal}: stopping`);
    setTimeout(() => {
      log("[server] Shutdown took too long; exiting");
      process.exit(1);
    }, hardLimitMs).unref();
    app.shutdown().then(
      () => {
        log("[server] Stopped; database closed");
        process.exit(0);
      },
      (error) => {
        log(`[server] Shutdown failed: ${error instanceof Error ? error.stack : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
