/** A country's needs as pages show them: what is needed, how urgent, which entries answer it and how much they commit. */
import { and, asc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, type LocalizedText, needSupportLinks, supportEntries, supportNeeds, supportTransactions } from "@/db/schema";

export type NeedAnswer = {
  supportEntryId: string;
  title: string;
  reference: string;
  agencyId: string;
  agencyAcronym: string;
  agencyShortName: LocalizedText;
};

export type SupportNeedSummary = {
  id: string;
  version: number;
  countryCode: string;
  countryStepId: string;
  kind: (typeof supportNeeds.$inferSelect)["kind"];
  technicalCategory: (typeof supportNeeds.$inferSelect)["technicalCategory"];
  description: string;
  estimateAmount: string | null;
  estimateCurrency: string | null;
  priority: (typeof supportNeeds.$inferSelect)["priority"];
  /** Committed by the answering entries in the need's currency (funding needs only). */
  committed: string | null;
  /** What the estimate still lacks after those commitments, never below zero (funding needs only). */
  remaining: string | null;
  answers: NeedAnswer[];
};

export async function selectNeedSummaries(db: Queryable, where: SQL): Promise<SupportNeedSummary[]> {
  const needs = await db
    .select()
    .from(supportNeeds)
    .where(and(isNull(supportNeeds.deletedAt), where))
    .orderBy(sql`case ${supportNeeds.priority} when 'high' then 1 when 'medium' then 2 else 3 end`, asc(supportNeeds.createdAt));
  if (needs.length === 0) return [];
  const ids = needs.map((need) => need.id);

  const [answers, coverage] = await Promise.all([
    db
      .select({
        needId: needSupportLinks.needId,
        supportEntryId: supportEntries.id,
        title: supportEntries.title,
        reference: supportEntries.reference,
        agencyId: agencies.id,
        agencyAcronym: agencies.acronym,
        agencyShortName: agencies.shortName,
      })
      .from(needSupportLinks)
      .innerJoin(supportEntries, and(eq(supportEntries.id, needSupportLinks.supportEntryId), isNull(supportEntries.deletedAt)))
      .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
      .where(inArray(needSupportLinks.needId, ids))
      .orderBy(asc(agencies.acronym), asc(supportEntries.title)),
    db
      .select({
        needId: supportNeeds.id,
        committed: sql<string>`coalesce(sum(${supportTransactions.amount}) filter (where ${supportTransactions.type} = 'committed'
          and ${supportTransactions.currency} = ${supportNeeds.estimateCurrency}), 0)`,
        remaining: sql<string>`greatest(${supportNeeds.estimateAmount} - coalesce(sum(${supportTransactions.amount}) filter (
          where ${supportTransactions.type} = 'committed' and ${supportTransactions.currency} = ${supportNeeds.estimateCurrency}), 0), 0)`,
      })
      .from(supportNeeds)
      .leftJoin(needSupportLinks, eq(needSupportLinks.needId, supportNeeds.id))
      .leftJoin(supportEntries, and(eq(supportEntries.id, needSupportLinks.supportEntryId), isNull(supportEntries.deletedAt)))
      .leftJoin(supportTransactions, and(eq(supportTransactions.supportEntryId, supportEntries.id), isNull(supportTransactions.deletedAt)))
      .where(and(inArray(supportNeeds.id, ids), eq(supportNeeds.kind, "funding")))
      .groupBy(supportNeeds.id),
  ]);

  const coverageOf = new Map(coverage.map((row) => [row.needId, row]));
  return needs.map((need) => ({
    id: need.id,
    version: need.version,
    countryCode: need.countryCode,
    countryStepId: need.countryStepId,
    kind: need.kind,
    technicalCategory: need.technicalCategory,
    description: need.description,
    estimateAmount: need.estimateAmount,
    estimateCurrency: need.estimateCurrency,
    priority: need.priority,
    committed: coverageOf.get(need.id)?.committed ?? null,
    remaining: coverageOf.get(need.id)?.remaining ?? null,
    answers: answers.filter((answer) => answer.needId === need.id).map(({ needId: _needId, ...answer }) => answer),
  }));
}
