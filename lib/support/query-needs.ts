/** Needs for programs: filtered by country, step key and kind, paged by keyset on the need's id, read through the pages' own function. */
import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countrySteps, frameworkSteps, supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { decodeCursor, type Page, pageOf } from "@/lib/paging";
import { assertCan } from "@/lib/permissions";
import { needPageQuerySchema } from "@/lib/validation/api-queries";
import { parseInput } from "@/lib/validation/parse";
import * as z from "zod/mini";
import { selectNeedSummaries, type SupportNeedSummary } from "./need-summaries";

const position = z.object({ after: z.uuid() });

export async function queryNeeds(db: Queryable, actor: Actor, input: unknown): Promise<Page<SupportNeedSummary>> {
  assertCan(actor, "support.read");
  const { limit, cursor, country, step, kind } = parseInput(needPageQuerySchema, input);
  const after = decodeCursor(position, cursor);
  const ids = await db
    .select({ id: supportNeeds.id })
    .from(supportNeeds)
    .innerJoin(countrySteps, eq(countrySteps.id, supportNeeds.countryStepId))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(
      and(
        isNull(supportNeeds.deletedAt),
        country ? eq(supportNeeds.countryCode, country) : undefined,
        step ? eq(frameworkSteps.key, step) : undefined,
        kind ? eq(supportNeeds.kind, kind) : undefined,
        after ? gt(supportNeeds.id, after.after) : undefined,
      ),
    )
    .orderBy(asc(supportNeeds.id))
    .limit(limit + 1);
  const needs = ids.length ? await selectNeedSummaries(db, inArray(supportNeeds.id, ids.map((row) => row.id))) : [];
  const byId = new Map(needs.map((need) => [need.id, need]));
  return pageOf(ids.map((row) => byId.get(row.id)!), limit, (need) => ({ after: need.id }));
}
