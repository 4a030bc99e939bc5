import pg from "pg";

/**
 * Workaround for prisma/orm#27403: @prisma/adapter-pg 6.19 cannot decode catalog
 * columns of type `name` (OID 19) or `"char"` (OID 18), which the wasm schema
 * engine reads during migrate. Reporting those columns as text (OID 25) is exact:
 * both arrive from the server as plain strings. Remove when upstream fixes it.
 */
const TEXT_OID = 25;
const CATALOG_OIDS = new Set([18, 19]);

type AnyResult = { fields?: { dataTypeID: number }[] } | undefined;

function asText<T extends AnyResult>(result: T): T {
  for (const field of result?.fields ?? []) {
    if (CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

export class CatalogAsTextClient extends pg.Client {
  // pg's query() has many overloads; we only wrap the result, whichever form is used.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: AnyResult) => last(err, err ? res : asText(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(asText) : out;
  }
}
