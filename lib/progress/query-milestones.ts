/** Milestones for programs: filtered like the exports, paged by keyset, read through the pages' own list function. */
import { and } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { decodeCursor, type Page, pageOf } from "@/lib/paging";
import { assertCan } from "@/lib/permissions";
import { milestonePageQuerySchema } from "@/lib/validation/api-queries";
import { parseInput } from "@/lib/validation/parse";
import * as z from "zod/mini";
import { milestoneFilter } from "./milestone-filter";
import { listMilestones, milestoneKeysetAfter, type MilestoneView } from "./milestone-list";

const position = z.object({ after: z.uuid() });

export async function queryMilestones(db: Queryable, actor: Actor, input: unknown): Promise<Page<MilestoneView>> {
  const { limit, cursor, ...filter } = parseInput(milestonePageQuerySchema, input);
  assertCan(actor, "country.read", { countryCode: filter.country ?? null });
  const after = decodeCursor(position, cursor);
  const where = milestoneFilter(db, filter);
  const rows = await listMilestones(db, actor, after ? and(where, milestoneKeysetAfter(after.after)) : where, { limit: limit + 1 });
  return pageOf(rows, limit, (row) => ({ after: row.id }));
}

