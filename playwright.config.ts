import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { demoAccounts, type DemoRole } from "./e2e/accounts";
import { appIdentityEnv, createTestIdentitySetup, issuerUrl, type TestIdentitySetup } from "./test/oidc-provider/setup";

// A fresh embedded database for every run (or a fresh PostgreSQL database when
// E2E_DATABASE_URL is set): runs never depend on data left by another run.
// Workers re-read this file, so the folder is chosen once and passed down in the environment.
process.env.E2E_DATA_DIR ||= fs.mkdtempSync(path.join(os.tmpdir(), "ucp-e2e-"));
const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://localhost:${port}`;
// On PostgreSQL a second app instance serves the same database, to prove that live updates
// cross instances (LISTEN/NOTIFY). Specs reach it through E2E_SECOND_BASE_URL.
const secondInstance = !!process.env.E2E_DATABASE_URL;
process.env.E2E_SECOND_BASE_URL = secondInstance ? `http://localhost:${port + 1}` : "";
// The local OpenID Connect provider (CIS2-like and NHS-login-like) the app trusts during the run,
// with a fresh client secret and client key, made once and handed to workers like the folder.
const oidcPort = Number(process.env.E2E_OIDC_PORT || 3390);
const appUrls = [baseURL, ...(secondInstance ? [`http://localhost:${port + 1}`] : [])];
process.env.E2E_OIDC_SETUP ||= JSON.stringify(createTestIdentitySetup(oidcPort, appUrls));
const identity = JSON.parse(process.env.E2E_OIDC_SETUP) as TestIdentitySetup;

function server(serverPort: number, after?: string) {
  const url = `http://localhost:${serverPort}`;
  return {
    command: `node_modules/.bin/tsx --conditions=react-server scripts/start.ts${after ? ` --after ${after}` : ""}`,
    url: `${url}/signin`,
    timeout: 240_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
    stdout: "pipe" as const,
    env: {
      PORT: String(serverPort),
      UCP_DATA_DIR: process.env.E2E_DATA_DIR!,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      // The specs sign in with the demo accounts, which PostgreSQL gets only when asked for.
      UCP_SEED_DEMO: "1",
      // Each role's session is made once by the setup project; a long run (many roles, a busy
      // machine) must not outlast the 15-minute idle default before that role's specs start.
      UCP_SESSION_IDLE_MINUTES: "120",
      NEXTAUTH_URL: url,
      ...appIdentityEnv(identity),
    },
  };
}

const oidcProvider = {
  command: "node_modules/.bin/tsx test/oidc-provider/main.ts",
  url: `${issuerUrl(identity, "cis2")}/.well-known/openid-configuration`,
  timeout: 30_000,
  reuseExistingServer: false,
  gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
  env: { OIDC_TEST_SETUP: process.env.E2E_OIDC_SETUP },
};

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};

/** Which specs each signed-in role runs, besides the home page every role has. */
const roleSpecs: Record<DemoRole, string[]> = {
  gp: [
    "search.spec.ts",
    "authoring.spec.ts",
    "conflict.spec.ts",
    "add-patient.spec.ts",
    "lifecycle.spec.ts",
    "keyboard-gp.spec.ts",
    "one-read-per-page.spec.ts",
    "care-team.spec.ts",
  ],
  nurse: ["search.spec.ts", "break-glass.spec.ts"],
  paramedic: ["search.spec.ts", "live-update.spec.ts", "keyboard-paramedic.spec.ts", "live-announcement.spec.ts"],
  "111-handler": ["search.spec.ts"],
  "111-clinician": ["search.spec.ts"],
  ooh: ["search.spec.ts"],
  patient: ["patient-access.spec.ts", "patient-plan.spec.ts", "access-log-pages.spec.ts", "change-requests.spec.ts"],
  admin: ["admin.spec.ts", "api-clients.spec.ts", "organisations.spec.ts"],
  proxy: ["proxy.spec.ts"],
  "practice-admin": ["people-admin.spec.ts"],
  ed: ["search.spec.ts", "ed-access.spec.ts"],
  "care-home": ["care-home-access.spec.ts"],
  "care-home-nurse": ["care-home-access.spec.ts"],
  specialist: ["search.spec.ts", "specialist-access.spec.ts"],
  "social-worker": ["social-worker-access.spec.ts"],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  use: { baseURL, trace: "retain-on-failure" },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/, use: chromium },
    // Signed out: sign-in, the footer's pages, titles, the manifest, icons and robots.txt.
    { name: "signed-out", testMatch: /(signed-out|public-pages)\.spec\.ts/, use: chromium },
    // Attacks on the started app over HTTP, as an outsider would (e2e/security/*.spec.ts):
    // each test signs in (or not) by itself, so nothing depends on another project's state.
    { name: "security", testMatch: /security\/.*\.spec\.ts/, use: chromium },
    // Sign-in through the local CIS2-like and NHS-login-like provider: each test signs in itself.
    { name: "nhs-identity", testMatch: /nhs-identity\.spec\.ts/, use: chromium },
    // Consent to share withdrawn and given again: the person (NHS login), a paramedic and the GP, each signing in itself.
    { name: "consent", testMatch: /consent\.spec\.ts/, use: chromium },
    // Fault injection: its own throw-away PostgreSQL cluster (stopped, restarted, connections cut)
    // and two app instances on it, so it belongs to the PostgreSQL pass only (not a skip: absent).
    ...(secondInstance ? [{ name: "live-faults", testMatch: /live-faults\.spec\.ts/, use: chromium }] : []),
    ...Object.keys(demoAccounts).map((role) => ({
      name: role,
      dependencies: ["setup"],
      testMatch: ["home.spec.ts", "access-matrix.spec.ts", ...roleSpecs[role as DemoRole]].map((f) => `**/${f}`),
      // e2e/security/ has its own project; a file there may share a name with a role spec.
      testIgnore: "**/security/**",
      use: { ...chromium, storageState: `e2e/.auth/${role}.json` },
    })),
  ],
  webServer: [oidcProvider, server(port), ...(secondInstance ? [server(port + 1, `${baseURL}/signin`)] : [])],
});
