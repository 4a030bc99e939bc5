/**
 * The app's HTTP server, started by scripts/start.ts (`npm start`, `npm run dev`), never on its
 * own: Next.js runs in this process behind our node:http server (Next's documented custom
 * server), which gives the app the client address (UCP_TRUSTED_PROXIES, scripts/lib/http-server.ts)
 * and on SIGTERM or SIGINT ends open responses, then closes the database cleanly and exits 0.
 */
import next from "next";
import { closeDatabase } from "../lib/db/shutdown";
import { parseTrustedProxies } from "../lib/server/client-address";
import { createAppServer, exitOnSignals } from "./lib/http-server";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const trustedProxies = parseTrustedProxies(process.env.UCP_TRUSTED_PROXIES);

const app = next({ dev, hostname: "localhost", port });
const handle = app.getRequestHandler();
const ready = app.prepare();
// Signals are handled from the first moment, so a stop while preparing is clean too.
const appServer = createAppServer(async (req, res) => handle(req, res), { trustedProxies, closeDatabase: () => closeDatabase() });
exitOnSignals(appServer, (line) => console.log(line));
await ready;
// No host: every interface, IPv6 and IPv4, as `next start` does.
appServer.server.listen(port, () => {
  const proxies =
    trustedProxies.kind === "none"
      ? "none (socket address)"
      : trustedProxies.kind === "hops"
        ? `${trustedProxies.count} hop(s)`
        : trustedProxies.entries.join(", ");
  console.log(`[server] Ready on http://localhost:${port} (${dev ? "development" : "production"}); trusted proxies: ${proxies}`);
});
