import path from "node:path";
import { defineConfig } from "prisma/config";
import { createAdapterFactory } from "./lib/db/adapter";

// Migrate runs on the wasm schema engine through the same adapter as the app:
// PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite folder.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => createAdapterFactory(undefined, { closeBeforeExit: true }),
});
