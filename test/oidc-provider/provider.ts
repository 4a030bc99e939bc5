/**
 * A small OpenID Connect provider for tests: discovery, authorize (auto-approving, or a page
 * listing test people), token, userinfo and JWKS, with RS256/RS512-signed ID tokens. One
 * server holds several issuers under their own path (/cis2, /nhs-login). Test use only: it
 * keeps everything in memory and trusts whoever picks a person.
 *
 * It can misbehave on demand (`test_fault` on the authorize request) so tests can prove the
 * app refuses: an ID token for another audience, an expired one, one signed by a key that
 * is not in the JWKS (but claims the real key's kid), one with weaker assurance than asked
 * (CIS2 acr AAL1, NHS login vot P0), or one whose NHS login vot (P5) contradicts its
 * identity_proofing_level (P9).
 */
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type JWK } from "jose";

const faults = ["wrong-audience", "expired", "bad-signature", "weak-assurance", "mismatched-proofing"] as const;
export type Fault = (typeof faults)[number];

export interface TestPerson {
  /** Chosen with `login_hint` or a link on the sign-in page. */
  id: string;
  label: string;
  sub: string;
  idToken?: Record<string, unknown>;
  userinfo: Record<string, unknown>;
}

type ClientAuth = { method: "client_secret_post" | "client_secret_basic"; secret: string } | { method: "private_key_jwt"; jwks: JWK[] };

interface TestClient {
  clientId: string;
  auth: ClientAuth;
  redirectUris: string[];
}

export interface TestIssuer {
  /** Path segment: the issuer is `<server>/<path>`. */
  path: string;
  title: string;
  alg: "RS256" | "RS512";
  clients: TestClient[];
  people: TestPerson[];
}

interface Code {
  clientId: string;
  redirectUri: string;
  person: TestPerson;
  nonce?: string;
  challenge: string;
  fault?: Fault;
  expires: number;
}

const now = () => Math.floor(Date.now() / 1000);
const random = () => randomBytes(24).toString("base64url");

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": typeof body === "string" ? "text/html; charset=utf-8" : "application/json",
    "cache-control": "no-store",
    ...headers,
  });
  res.end(text);
}

const oauthError = (res: http.ServerResponse, status: number, error: string, description: string) =>
  send(res, status, { error, error_description: description });

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(issuer: TestIssuer, query: URLSearchParams): string {
  const link = (person: TestPerson, fault?: Fault) => {
    const q = new URLSearchParams(query);
    q.set("login_hint", person.id);
    if (fault) q.set("test_fault", fault);
    return `authorize?${q}`;
  };
  const items = issuer.people
    .map(
      (p) => `<li><a href="${escape(link(p))}">${escape(p.label)}</a>
      <ul>${faults.map((f) => `<li><a href="${escape(link(p, f))}">${escape(`${p.label}: ${f.replace("-", " ")} ID token`)}</a></li>`).join("")}</ul></li>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(issuer.title)} (test)</title></head>
<body><main><h1>${escape(issuer.title)} (test provider)</h1><p>Choose who to sign in as.</p><ul>${items}</ul></main></body></html>`;
}

export interface RunningProvider {
  url: string;
  issuerUrl(path: string): string;
  close(): Promise<void>;
}

/** Port 0 picks a free one. Listens on every address (IPv4 and IPv6), as `localhost` may be either. */
export async function startOidcProvider(options: { port: number; issuers: TestIssuer[] }): Promise<RunningProvider> {
  // One signing key per issuer, and a rogue key that is never published.
  const keys = new Map<string, { privateKey: CryptoKey; jwk: JWK }>();
  for (const issuer of options.issuers) {
    const { privateKey, publicKey } = await generateKeyPair(issuer.alg, { extractable: true });
    keys.set(issuer.path, { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: `${issuer.path}-1`, alg: issuer.alg, use: "sig" } });
  }
  const rogue = new Map<string, CryptoKey>();
  for (const issuer of options.issuers) rogue.set(issuer.path, (await generateKeyPair(issuer.alg)).privateKey);

  const codes = new Map<string, Code>();
  const accessTokens = new Map<string, { person: TestPerson; expires: number }>();
  const usedAssertions = new Set<string>();
  let base = "";

  async function authenticateClient(issuer: TestIssuer, iss: string, req: http.IncomingMessage, form: URLSearchParams): Promise<TestClient | string> {
    const basic = req.headers.authorization?.startsWith("Basic ")
      ? Buffer.from(req.headers.authorization.slice(6), "base64").toString().split(":").map(decodeURIComponent)
      : null;
    const clientId = basic?.[0] ?? form.get("client_id");
    const client = issuer.clients.find((c) => c.clientId === clientId);
    if (!client) return "unknown client";
    const auth = client.auth;
    if (auth.method !== "private_key_jwt") {
      const given = auth.method === "client_secret_basic" ? basic?.[1] : form.get("client_secret");
      return given === auth.secret ? client : "bad client secret";
    }
    // private_key_jwt: a short-lived JWT signed by the client's key, for our token endpoint, used once.
    if (form.get("client_assertion_type") !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") return "client assertion required";
    try {
      const { payload } = await jwtVerify(form.get("client_assertion") ?? "", createLocalJWKSet({ keys: auth.jwks }), {
        issuer: client.clientId,
        subject: client.clientId,
        audience: `${iss}/token`,
        algorithms: ["RS512"],
        requiredClaims: ["jti", "exp"],
      });
      if (usedAssertions.has(payload.jti!)) return "client assertion replayed";
      usedAssertions.add(payload.jti!);
      return client;
    } catch (e) {
      return `bad client assertion: ${(e as Error).message}`;
    }
  }

  async function handle(issuer: TestIssuer, endpoint: string, req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    const iss = `${base}/${issuer.path}`;
    const key = keys.get(issuer.path)!;
    switch (endpoint) {
      case "/.well-known/openid-configuration":
        return send(res, 200, {
          issuer: iss,
          authorization_endpoint: `${iss}/authorize`,
          token_endpoint: `${iss}/token`,
          userinfo_endpoint: `${iss}/userinfo`,
          jwks_uri: `${iss}/jwks`,
          response_types_supported: ["code"],
          subject_types_supported: ["public"],
          id_token_signing_alg_values_supported: [issuer.alg],
          token_endpoint_auth_methods_supported: [...new Set(issuer.clients.map((c) => c.auth.method))],
          token_endpoint_auth_signing_alg_values_supported: ["RS512"],
          code_challenge_methods_supported: ["S256"],
          scopes_supported: ["openid", "profile", "email"],
        });
      case "/jwks":
        return send(res, 200, { keys: [key.jwk] });
      case "/authorize": {
        const q = url.searchParams;
        const client = issuer.clients.find((c) => c.clientId === q.get("client_id"));
        const redirectUri = q.get("redirect_uri") ?? "";
        // Never redirect to an unregistered address: answer here instead.
        if (!client || !client.redirectUris.includes(redirectUri)) return send(res, 400, "<h1>Unknown client or redirect_uri</h1>");
        const back = (params: Record<string, string>) => {
          const to = new URL(redirectUri);
          for (const [k, v] of Object.entries(params)) to.searchParams.set(k, v);
          if (q.get("state")) to.searchParams.set("state", q.get("state")!);
          res.writeHead(302, { location: to.toString() }).end();
        };
        if (q.get("response_type") !== "code") return back({ error: "unsupported_response_type" });
        if (!q.get("scope")?.split(" ").includes("openid")) return back({ error: "invalid_scope", error_description: "openid scope required" });
        if (q.get("code_challenge_method") !== "S256" || !q.get("code_challenge"))
          return back({ error: "invalid_request", error_description: "PKCE with S256 required" });
        const hint = q.get("login_hint");
        if (!hint) return send(res, 200, loginPage(issuer, q));
        const person = issuer.people.find((p) => p.id === hint);
        if (!person) return back({ error: "access_denied", error_description: "unknown test person" });
        const fault = faults.find((f) => f === q.get("test_fault"));
        const code = random();
        codes.set(code, {
          clientId: client.clientId,
          redirectUri,
          person,
          nonce: q.get("nonce") ?? undefined,
          challenge: q.get("code_challenge")!,
          fault,
          expires: now() + 60,
        });
        return back({ code });
      }
      case "/token": {
        if (req.method !== "POST") return oauthError(res, 405, "invalid_request", "POST only");
        const form = await readForm(req);
        const client = await authenticateClient(issuer, iss, req, form);
        if (typeof client === "string") return oauthError(res, 401, "invalid_client", client);
        if (form.get("grant_type") !== "authorization_code") return oauthError(res, 400, "unsupported_grant_type", "authorization_code only");
        const code = codes.get(form.get("code") ?? "");
        codes.delete(form.get("code") ?? ""); // single use
        if (!code || code.expires < now() || code.clientId !== client.clientId) return oauthError(res, 400, "invalid_grant", "unknown or expired code");
        if (form.get("redirect_uri") !== code.redirectUri) return oauthError(res, 400, "invalid_grant", "redirect_uri does not match");
        const verifier = form.get("code_verifier") ?? "";
        if (createHash("sha256").update(verifier).digest("base64url") !== code.challenge)
          return oauthError(res, 400, "invalid_grant", "PKCE verification failed");

        const accessToken = random();
        accessTokens.set(accessToken, { person: code.person, expires: now() + 300 });
        const issuedAt = code.fault === "expired" ? now() - 3600 : now();
        const assurance =
          code.fault === "weak-assurance"
            ? { acr: "AAL1_USERPASS", vot: "P0.Cm" }
            : code.fault === "mismatched-proofing"
              ? { vot: "P5.Cp.Cd", identity_proofing_level: "P9" }
              : {};
        const idToken = await new SignJWT({ ...code.person.idToken, ...assurance, nonce: code.nonce, auth_time: issuedAt })
          .setProtectedHeader({ alg: issuer.alg, kid: key.jwk.kid, typ: "JWT" })
          .setIssuer(iss)
          .setSubject(code.person.sub)
          .setAudience(code.fault === "wrong-audience" ? "another-service" : client.clientId)
          .setIssuedAt(issuedAt)
          .setExpirationTime(issuedAt + (code.fault === "expired" ? 600 : 300))
          .setJti(random())
          .sign(code.fault === "bad-signature" ? rogue.get(issuer.path)! : key.privateKey);
        return send(res, 200, { access_token: accessToken, token_type: "Bearer", expires_in: 300, id_token: idToken, scope: "openid profile" });
      }
      case "/userinfo": {
        const token = req.headers.authorization?.replace(/^Bearer /, "") ?? "";
        const grant = accessTokens.get(token);
        if (!grant || grant.expires < now()) return send(res, 401, { error: "invalid_token" }, { "www-authenticate": 'Bearer error="invalid_token"' });
        return send(res, 200, { ...grant.person.userinfo, sub: grant.person.sub });
      }
      default:
        return send(res, 404, { error: "not_found" });
    }
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", base);
    const issuer = options.issuers.find((i) => url.pathname.startsWith(`/${i.path}/`));
    if (!issuer) return send(res, 404, { error: "not_found" });
    handle(issuer, url.pathname.slice(issuer.path.length + 1), req, res, url).catch((e) => {
      if (!res.headersSent) send(res, 500, { error: "server_error", error_description: String(e) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, resolve);
  });
  const port = (server.address() as { port: number }).port;
  base = `http://localhost:${port}`;
  return {
    url: base,
    issuerUrl: (path) => `${base}/${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => server.closeAllConnections()),
  };
}
