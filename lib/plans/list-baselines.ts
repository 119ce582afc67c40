/**
 * A country's baselines, newest first: name, note, who saved it and when, how many step plans and planned
 * milestones it holds. Withdrawn ones are listed too, marked, so that they can be restored (their reason is in the history).
 */
import { desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/engine";
import { countries, planBaselines, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { countryCodeSchema } from "@/lib/validation/countries";

export type BaselineSummary = {
  id: string;
  version: number;
  name: string;
  note: string;
  createdAt: Date;
  createdByName: string | null;
  steps: number;
  milestones: number;
  withdrawn: boolean;
};

export async function listBaselines(db: Queryable, actor: Actor, countryCode: unknown): Promise<BaselineSummary[]> {
  const code = countryCodeSchema.safeParse(countryCode);
  if (!code.success) throw notFound();
  assertCan(actor, "country.read", { countryCode: code.data });
  const [country] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, code.data));
  if (!country) throw notFound();
  const author = alias(users, "baseline_author");
  const rows = await db
    .select({
      id: planBaselines.id,
      version: planBaselines.version,
      name: planBaselines.name,
      note: planBaselines.note,
      createdAt: planBaselines.createdAt,
      createdByName: author.name,
      steps: sql<number>`(select count(*)::int from plan_baseline_steps s where s.baseline_id = ${planBaselines.id})`,
      milestones: sql<number>`(select count(*)::int from plan_baseline_milestones m where m.baseline_id = ${planBaselines.id})`,
      deletedAt: planBaselines.deletedAt,
    })
    .from(planBaselines)
    .leftJoin(author, eq(author.id, planBaselines.createdById))
    .where(eq(planBaselines.countryCode, code.data))
    .orderBy(desc(planBaselines.createdAt), desc(planBaselines.id));
  return rows.map(({ deletedAt, ...row }) => ({ ...row, steps: Number(row.steps), milestones: Number(row.milestones), withdrawn: deletedAt !== null }));
}
