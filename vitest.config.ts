import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname);
const shared = {
  resolve: {
    alias: {
      "@": root,
      // The real module throws outside React server components; tests call server code directly.
      "server-only": path.join(root, "test/server-only-stub.ts"),
    },
  },
};

// Integration tests run against a fresh PGlite folder, and also against a fresh
// PostgreSQL database when TEST_DATABASE_URL is set. One file at a time: PGlite
// allows one process per folder.
const integration = (name: string, database: "pglite" | "postgres") => ({
  ...shared,
  test: {
    name,
    include: ["lib/**/*.int.test.ts", "scripts/**/*.int.test.ts", ...(database === "postgres" ? ["lib/**/*.pg.test.ts", "bench/**/*.pg.test.ts"] : [])],
    globalSetup: ["test/integration-global-setup.ts"],
    setupFiles: ["test/integration-setup.ts"],
    provide: { database },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

const unitTests = ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts"];

export default defineConfig({
  test: {
    projects: [
      // A generous timeout: some unit tests spawn a process or index FHIR definitions on first use,
      // which takes seconds on a busy 2-core machine; none of them measures time.
      { ...shared, test: { name: "unit", testTimeout: 30_000, include: unitTests, exclude: ["**/*.int.test.ts", "**/*.pg.test.ts", "node_modules/**"] } },
      integration("integration", "pglite"),
      ...(process.env.TEST_DATABASE_URL ? [integration("integration-postgres", "postgres")] : []),
    ],
  },
});
