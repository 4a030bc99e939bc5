import { PrismaClient } from "../generated/prisma/client";
import { createAdapterFactory } from "./adapter";
import type { DatabaseConfig } from "./config";

export type Db = PrismaClient;

export function createPrismaClient(config?: DatabaseConfig): PrismaClient {
  return new PrismaClient({ adapter: createAdapterFactory(config) });
}
