import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Migrations reach the database through the adapter's executeScript, and both adapters
 * get it wrong in 6.19: adapter-pg splits the script on every ";" (breaking function
 * bodies such as the audit trigger), and pglite-prisma-adapter neither awaits the script
 * nor reports its errors (a failed migration would be recorded as applied).
 * Both drivers accept a whole multi-statement script in one simple query, so we send it so.
 */
type RunScript = (adapter: SqlDriverAdapter, script: string) => Promise<unknown>;

function patch(adapter: SqlDriverAdapter, run: RunScript): SqlDriverAdapter {
  // onError is the adapter's own mapping of driver errors to Prisma's error shape.
  const onError = (adapter as unknown as { onError(e: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await run(adapter, script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

export function withWholeScripts(factory: SqlMigrationAwareDriverAdapterFactory, run: RunScript): SqlMigrationAwareDriverAdapterFactory {
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => patch(await connect(), run);
  factory.connectToShadowDb = async () => patch(await connectToShadowDb(), run);
  return factory;
}
