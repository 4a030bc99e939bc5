import { describe, expect, it } from "vitest";
import { assertEmbeddedAllowed, databaseConfig, EmbeddedDatabaseRefusedError } from "./config";

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

describe("the embedded database in production", () => {
  it("is refused, with a message saying what PGlite is for and what to do", () => {
    const production = env({ NODE_ENV: "production" });
    expect(() => assertEmbeddedAllowed(databaseConfig(production), production)).toThrow(EmbeddedDatabaseRefusedError);
    expect(() => assertEmbeddedAllowed(databaseConfig(production), production)).toThrow(
      /PGlite.*one process.*demos, trials and development, not a shared service.*DATABASE_URL.*UCP_ALLOW_EMBEDDED_IN_PRODUCTION=1/,
    );
  });

  it("is allowed when asked for explicitly, and outside production", () => {
    const allowed = env({ NODE_ENV: "production", UCP_ALLOW_EMBEDDED_IN_PRODUCTION: "1" });
    expect(() => assertEmbeddedAllowed(databaseConfig(allowed), allowed)).not.toThrow();
    for (const e of [env({}), env({ NODE_ENV: "development" }), env({ NODE_ENV: "test" })]) {
      expect(() => assertEmbeddedAllowed(databaseConfig(e), e)).not.toThrow();
    }
  });

  it("does not concern PostgreSQL", () => {
    const production = env({ NODE_ENV: "production", DATABASE_URL: "postgresql://db.example/ucp" });
    expect(() => assertEmbeddedAllowed(databaseConfig(production), production)).not.toThrow();
  });
});
