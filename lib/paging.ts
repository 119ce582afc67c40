/**
 * Keyset paging for lists served to programs: a page size and an opaque cursor naming the last row seen, so a
 * page stays right while rows are added, and deep pages cost what the first one does.
 */
import * as z from "zod/mini";
import { invalid } from "./errors";

export const maxPageSize = 200;

export const pageQueryShape = {
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(maxPageSize)), 50),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
};

export type Page<Row> = { data: Row[]; nextCursor: string | null };

export function encodeCursor(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
}

/** The position a cursor names, or null without one; a cursor that is not one of ours is the client's error. */
export function decodeCursor<Position>(schema: z.ZodMiniType<Position>, cursor: string | undefined): Position | null {
  if (cursor === undefined) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (parsed.success) return parsed.data;
  } catch {
    // not base64url JSON: refused below
  }
  throw invalid({ cursor: "api.badCursor" });
}

/** Rows were fetched with limit + 1: the extra one says whether there is a next page. */
export function pageOf<Row>(rows: Row[], limit: number, positionOf: (row: Row) => Record<string, string | number>): Page<Row> {
  const data = rows.slice(0, limit);
  return { data, nextCursor: rows.length > limit ? encodeCursor(positionOf(data.at(-1)!)) : null };
}

/**
 * Long lists on the screens (a step's history, a country's timeline) read one numbered page at a time, with
 * the total, so a page can say "Showing 21–40 of 143" and link to the next with a plain link. Their page
 * size is fixed by the list; the page asked for is bounded, and past the last one it is the last one.
 */
export const maxPageNumber = 10_000;

export type CountedPage<Row> = { rows: Row[]; total: number; page: number; pageSize: number; pageCount: number };

const pageNumberSchema = z.catch(z.coerce.number().check(z.int(), z.gte(1), z.lte(maxPageNumber)), 1);

/** The page a URL asks for: a whole number from 1, anything else the first page. */
export function pageNumberOf(value: unknown): number {
  return pageNumberSchema.parse(Array.isArray(value) ? value[0] : value);
}

/** The rows to read for the page asked, once the list's total is known. */
export function pageWindow(total: number, requested: number, pageSize: number): { page: number; pageCount: number; offset: number; limit: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, requested), pageCount);
  return { page, pageCount, offset: (page - 1) * pageSize, limit: pageSize };
}
