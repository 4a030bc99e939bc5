/**
 * `npm run smoke [-- http://localhost:3000]`: signs every demo account in against a running
 * server, through next-auth's own endpoints, and prints the role each session carries.
 */
import { demoUsers, DEMO_PASSWORD } from "../lib/server/seed/demo-data";

const base = process.argv[2] ?? "http://localhost:3000";

function cookiesOf(response: Response, jar: Map<string, string>): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [name, value] = pair.split("=");
    jar.set(name, value);
  }
}
const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

let failures = 0;
for (const user of demoUsers) {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, email: user.email, password: DEMO_PASSWORD, json: "true" }),
  });
  cookiesOf(signIn, jar);
  const session = (await (await fetch(`${base}/api/auth/session`, { headers: { Cookie: header(jar) } })).json()) as { user?: { role?: string } };
  const ok = session.user?.role === user.role;
  if (!ok) failures++;
  console.log(`${ok ? "ok  " : "FAIL"} ${user.email.padEnd(26)} role ${session.user?.role ?? "(no session)"}`);
}
process.exit(failures ? 1 : 0);
