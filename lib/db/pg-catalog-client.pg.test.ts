import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createAdapterFactory } from "./adapter";
import { databaseConfig } from "./config";
import { CatalogAsTextClient } from "./pg-catalog-client";

const TEXT = 25;
const NAME = 19;
const CHAR = 18;
const sql = `SELECT 'x'::name AS n, 'c'::"char" AS c, 1::int4 AS i`;

const connectionString = process.env.DATABASE_URL;
const patched = new pg.Pool({ connectionString, Client: CatalogAsTextClient, max: 2 });
const plain = new pg.Pool({ connectionString, max: 2 });

afterAll(async () => {
  await Promise.all([patched.end(), plain.end()]);
});

const typesOf = (result: pg.QueryResult) => result.fields.map((f) => [f.name, f.dataTypeID]);

describe("CatalogAsTextClient (workaround for prisma/orm#27403)", () => {
  it("runs against PostgreSQL, not PGlite", () => {
    expect(databaseConfig().kind).toBe("postgres");
  });

  it('reports name and "char" columns as text (promise API)', async () => {
    const result = await patched.query(sql);
    expect(typesOf(result)).toEqual([
      ["n", TEXT],
      ["c", TEXT],
      ["i", 23],
    ]);
    expect(result.rows).toEqual([{ n: "x", c: "c", i: 1 }]);
  });

  it("reports them as text through the callback API too", async () => {
    const result = await new Promise<pg.QueryResult>((resolve, reject) => {
      patched.query(sql, (err: Error | null, res: pg.QueryResult) => (err ? reject(err) : resolve(res)));
    });
    expect(typesOf(result)).toEqual([
      ["n", TEXT],
      ["c", TEXT],
      ["i", 23],
    ]);
  });

  it("passes errors through the callback API unchanged", async () => {
    const error = await new Promise<unknown>((resolve) => {
      patched.query("SELECT * FROM no_such_table_for_this_test", (err: Error | null) => resolve(err));
    });
    expect(error).toBeInstanceOf(Error);
    expect((error as { code?: string }).code).toBe("42P01");
  });

  it('is what changes them: a plain pool reports name (19) and "char" (18)', async () => {
    const result = await plain.query(sql);
    expect(typesOf(result)).toEqual([
      ["n", NAME],
      ["c", CHAR],
      ["i", 23],
    ]);
  });
});

describe("createAdapterFactory executeScript (lib/db/whole-script.ts)", () => {
  const fn = `ucp_test_fn_${randomBytes(4).toString("hex")}`;

  it("runs a multi-statement script with a $$-quoted plpgsql body as one script", async () => {
    const adapter = await createAdapterFactory().connect();
    try {
      await adapter.executeScript(`
        CREATE FUNCTION ${fn}(a int) RETURNS int LANGUAGE plpgsql AS $$
        DECLARE b int;
        BEGIN
          b := a * 2;
          RETURN b + 1;
        END;
        $$;
        COMMENT ON FUNCTION ${fn}(int) IS 'throwaway; made by a test';
      `);
      const { rows } = await plain.query(`SELECT ${fn}(20) AS v, obj_description('${fn}(int)'::regprocedure) AS d`);
      expect(rows).toEqual([{ v: 41, d: "throwaway; made by a test" }]);

      await adapter.executeScript(`DROP FUNCTION ${fn}(int);`);
      const gone = await plain.query(`SELECT count(*)::int AS n FROM pg_proc WHERE proname = $1`, [fn]);
      expect(gone.rows[0].n).toBe(0);
    } finally {
      await plain.query(`DROP FUNCTION IF EXISTS ${fn}(int)`);
      await adapter.dispose();
    }
  });

  it("reports a failing script as an error", async () => {
    const adapter = await createAdapterFactory().connect();
    try {
      await expect(adapter.executeScript("SELECT 1; SELECT * FROM no_such_table_for_this_test;")).rejects.toThrow();
    } finally {
      await adapter.dispose();
    }
  });
});
