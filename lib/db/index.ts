import { createPrismaClient, type Db } from "./client";
import { closures } from "./pglite-factory";

// One Prisma client per process (kept on globalThis so dev reloads do not open the
// embedded database twice). Created on first use, so builds never open a database.
// Scripts close the embedded database between steps (prepare, then serve or measure):
// a client made before such a close is replaced rather than left pointing at it.
const holder = globalThis as unknown as { __ucpDb?: { client: Db; closures: number } };

export function db(): Db {
  if (!holder.__ucpDb || holder.__ucpDb.closures !== closures.count) {
    holder.__ucpDb = { client: createPrismaClient(), closures: closures.count };
  }
  return holder.__ucpDb.client;
}

export type { Db };
