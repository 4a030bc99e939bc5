import { inject } from "vitest";

// Point lib/db at this project's fresh database before any test imports it.
for (const [key, value] of Object.entries(inject("databaseEnv"))) {
  if (value) process.env[key] = value;
  else delete process.env[key];
}
