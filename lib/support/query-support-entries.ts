/** Support entries for programs: the support list's filters, paged by keyset on the entry's id, with their flow totals. */
import { and, asc, eq, gt } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { decodeCursor, type Page, pageOf } from "@/lib/paging";
import { assertCan } from "@/lib/permissions";
import { supportEntryPageQuerySchema } from "@/lib/validation/api-queries";
import { parseInput } from "@/lib/validation/parse";
import * as z from "zod/mini";
import { selectEntrySummaries, type SupportEntrySummary } from "./entry-summaries";
import { supportFilters } from "./list-support";

const position = z.object({ after: z.uuid() });

export async function querySupportEntries(db: Queryable, actor: Actor, input: unknown): Promise<Page<SupportEntrySummary>> {
  assertCan(actor, "support.read");
  const { limit, cursor, ...filters } = parseInput(supportEntryPageQuerySchema, input);
  const after = decodeCursor(position, cursor);
  // The filters join agencies and steps; selectEntrySummaries makes the same joins.
  const rows = await selectEntrySummaries(db, {
    where: and(supportFilters(filters), after ? gt(supportEntries.id, after.after) : undefined),
    orderBy: [asc(supportEntries.id)],
    limit: limit + 1,
  });
  return pageOf(rows, limit, (row) => ({ after: row.id }));
}

export async function getSupportEntrySummary(db: Queryable, actor: Actor, id: string): Promise<SupportEntrySummary> {
  assertCan(actor, "support.read");
  const [row] = await selectEntrySummaries(db, { where: eq(supportEntries.id, id) });
  if (!row) throw notFound();
  return row;
}

