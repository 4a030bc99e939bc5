import { DriverAdapterError } from "@prisma/driver-adapter-utils";

/**
 * pglite-prisma-adapter 0.6.1 recognises database errors with `instanceof` against a
 * class PGlite 0.5 no longer throws, and uses the pre-6.19 error shape, so Prisma saw
 * "Code: N/A, Message: undefined" and a unique violation never became P2002. We teach
 * its shared error handler (on the queryable base class, used by connections and
 * transactions alike) the mapping @prisma/adapter-pg 6.19 uses for the codes we rely on.
 */
interface PgLikeError {
  code: string;
  severity?: string;
  message: string;
  detail?: string;
  column?: string;
  constraint?: string;
  hint?: string;
}

function keyFields(error: PgLikeError) {
  const fields = error.detail
    ?.match(/Key \(([^)]+)\)/)
    ?.at(1)
    ?.split(", ");
  return fields ? { fields } : undefined;
}

function kindOf(error: PgLikeError): Record<string, unknown> {
  switch (error.code) {
    case "22001":
      return { kind: "LengthMismatch", column: error.column };
    case "23505":
      return { kind: "UniqueConstraintViolation", constraint: keyFields(error) };
    case "23502":
      return { kind: "NullConstraintViolation", constraint: keyFields(error) };
    case "23503":
      return { kind: "ForeignKeyConstraintViolation", constraint: error.column ? { fields: [error.column] } : { index: error.constraint } };
    case "40001":
      return { kind: "TransactionWriteConflict" };
    default:
      return {
        kind: "postgres",
        code: error.code,
        severity: error.severity ?? "ERROR",
        message: error.message,
        detail: error.detail,
        column: error.column,
        hint: error.hint,
      };
  }
}

function isPgLikeError(error: unknown): error is PgLikeError {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);
}

const patched = new WeakSet<object>();

export function mapPgliteErrors(adapter: object): void {
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.hasOwn(proto, "onError")) proto = Object.getPrototypeOf(proto);
  if (!proto || patched.has(proto)) return;
  patched.add(proto);
  const original = proto.onError as (error: unknown) => never;
  proto.onError = function onError(error: unknown): never {
    if (isPgLikeError(error)) {
      throw new DriverAdapterError({
        originalCode: error.code,
        originalMessage: error.message,
        ...kindOf(error),
      } as ConstructorParameters<typeof DriverAdapterError>[0]);
    }
    return original.call(this, error);
  };
}
