import { z } from "zod";

/** Rows a page of the audit trail and of "who has looked at my plan" shows. */
export const PAGE_SIZE = 50;
/** Far beyond any real use (50,000 rows back); it bounds the database's OFFSET. */
export const MAX_PAGE = 1000;

/** A page number as the use cases take it: a whole number from 1 to MAX_PAGE, 1 when absent. */
export const pageInput = z.number().int().min(1).max(MAX_PAGE).default(1);

/**
 * The page a `?page=` query asks for. Anything that is not a plain page number (absent, "0",
 * "-1", "2.5", "1e3", "abc", a repeated parameter, too large) is page 1, never an error: a
 * mistyped address still shows the newest rows.
 */
export function pageFromQuery(value: unknown): number {
  const raw = Array.isArray(value) ? undefined : value;
  if (typeof raw !== "string" || !/^[1-9]\d{0,5}$/.test(raw)) return 1;
  const page = Number(raw);
  return page <= MAX_PAGE ? page : 1;
}

/** One page of rows, newest first, and whether an older page follows. */
export interface Paged<T> {
  rows: T[];
  page: number;
  hasNext: boolean;
}

/** The query's skip and take for a page: one row more than the page, to know whether another follows. */
export function pageWindow(page: number): { skip: number; take: number } {
  return { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE + 1 };
}

/** The rows a `pageWindow` query read, as a page. */
export function toPage<T>(rows: T[], page: number): Paged<T> {
  return { rows: rows.slice(0, PAGE_SIZE), page, hasNext: rows.length > PAGE_SIZE };
}
