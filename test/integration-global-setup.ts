import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    database: "pglite" | "postgres";
    databaseEnv: Record<string, string>;
  }
}

/** One fresh, migrated database per run of a project; dropped afterwards. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase(project.config.provide.database as "pglite" | "postgres");
  project.provide("databaseEnv", database.env);
  return () => database.drop();
}
