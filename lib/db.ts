import { createPrismaClient, type Db } from "./db/client";

// One Prisma client per process (kept on globalThis so dev reloads do not open the
// embedded database twice). Created on first use, so builds never open a database.
const holder = globalThis as unknown as { __ucpDb?: Db };

export function db(): Db {
  holder.__ucpDb ??= createPrismaClient();
  return holder.__ucpDb;
}

export type { Db };
