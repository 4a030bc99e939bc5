import http from "node:http";
import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../accounts";

/**
 * The address the app believes is the socket's, never a header the client wrote
 * (X-Forwarded-For, X-Real-IP, or our own x-ucp-client-address), as no proxy is trusted here.
 * Each test speaks from its own loopback addresses (127.x.y.z: all of 127/8 is this machine),
 * so its throttled failures cannot touch other tests' sign-ins.
 */
const loopback = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
const madeUp = () => `203.0.113.${randomInt(1, 255)}`;

interface Reply {
  status: number;
  body: string;
  cookies: string[];
}

/** One HTTP request to the started app from a chosen local address. */
function send(baseURL: string, from: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? "GET",
        localAddress: from,
        headers: { host: url.host, ...options.headers },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]) }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** RFC 4180 rows (the export quotes cells with commas, quotes or line breaks). */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  for (const m of text.matchAll(/"((?:[^"]|"")*)"|([^,\r\n"]+)|(,)|(\r\n)/g)) {
    if (m[1] !== undefined) cell += m[1].replace(/""/g, '"');
    else if (m[2] !== undefined) cell += m[2];
    else {
      row.push(cell);
      cell = "";
      if (m[4]) {
        rows.push(row);
        row = [];
      }
    }
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

/** A sign-in client at one socket address: next-auth's CSRF token once, then password attempts. */
async function signInClient(baseURL: string, from: string) {
  const csrf = await send(baseURL, from, "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const jar = [...csrf.cookies];
  return {
    jar,
    /** The next-auth outcome: "ok", or the error it redirects with (CredentialsSignin, Throttled). */
    async attempt(email: string, password: string, headers: Record<string, string> = {}): Promise<string> {
      const reply = await send(baseURL, from, "/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), ...headers },
        body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
      });
      jar.push(...reply.cookies);
      const { url } = JSON.parse(reply.body) as { url: string };
      return new URL(url).searchParams.get("error") ?? "ok";
    },
  };
}

test("rotating X-Forwarded-For does not escape the per-address throttle", async ({ baseURL }) => {
  const client = await signInClient(baseURL!, loopback());
  const outcomes: string[] = [];
  for (let i = 0; i < 30; i++) {
    // A different unknown account each time, so only the per-address count can throttle.
    outcomes.push(await client.attempt(`rotating-${i}-${randomInt(1e9)}@example.test`, "wrong", { "x-forwarded-for": madeUp(), "x-real-ip": madeUp() }));
  }
  expect(outcomes.filter((o) => o === "Throttled").length).toBeGreaterThanOrEqual(5);
  expect(outcomes.every((o) => o === "Throttled" || o === "CredentialsSignin")).toBe(true);
});

test("failures sent 'from' someone else's address do not lock that address out", async ({ baseURL }) => {
  const [attackerAt, victimAt] = [loopback(), loopback()];
  const attacker = await signInClient(baseURL!, attackerAt);
  for (let i = 0; i < 30; i++) {
    await attacker.attempt(`forged-${i}-${randomInt(1e9)}@example.test`, "wrong", { "x-forwarded-for": victimAt, "x-ucp-client-address": victimAt });
  }
  // The attacker's own address is throttled...
  expect(await attacker.attempt("ooh@example.org", DEMO_PASSWORD)).toBe("Throttled");
  // ...and the real person at the forged address signs in (their header tells the truth).
  const victim = await signInClient(baseURL!, victimAt);
  expect(await victim.attempt("111-clinician@example.org", DEMO_PASSWORD, { "x-forwarded-for": victimAt })).toBe("ok");
});

test("audit rows carry the socket address, not the forged one", async ({ baseURL }) => {
  const [clientAt, adminAt] = [loopback(), loopback()];
  const [forgedFor, forgedOwn, forgedReal] = [madeUp(), `198.51.100.${randomInt(1, 255)}`, `192.0.2.${randomInt(1, 255)}`];
  const forged = { "x-forwarded-for": forgedFor, "x-ucp-client-address": forgedOwn, "x-real-ip": forgedReal };
  const client = await signInClient(baseURL!, clientAt);
  expect(await client.attempt(`audit-${randomInt(1e9)}@example.test`, "wrong", forged)).toBe("CredentialsSignin");
  expect(await client.attempt("nurse@example.org", DEMO_PASSWORD, forged)).toBe("ok");

  const admin = await signInClient(baseURL!, adminAt);
  expect(await admin.attempt("admin@example.org", DEMO_PASSWORD)).toBe("ok");
  const csv = await send(baseURL!, adminAt, "/admin/audit/export", { headers: { cookie: admin.jar.join("; ") } });
  expect(csv.status).toBe(200);
  const fromClient = parseCsv(csv.body).filter((r) => r.ip === clientAt && r.action === "auth.signIn");
  expect(fromClient.map((r) => r.outcome).sort()).toEqual(["FAILURE", "SUCCESS"]);
  expect(fromClient.find((r) => r.outcome === "SUCCESS")?.email).toBe("nurse@example.org");
  for (const address of [forgedFor, forgedOwn, forgedReal]) expect(csv.body).not.toContain(address);
});
