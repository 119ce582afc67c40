/**
 * The one read of followed indicators for the screens, the report and the API: each with its indicator, baseline,
 * targets, what it measures (only what the reader may read of it) and its accepted values in period order, plus the
 * proposals waiting (for those who decide them, and each adviser's own). Three queries, whatever the count.
 */
import { and, asc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { assessmentItems, countryIndicatorLinks, countryIndicators, countrySteps, frameworkSteps, indicators, indicatorValues, schemes, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { can, scopeOf } from "@/lib/permissions";
import { stepTitle, type StepTitle } from "@/lib/progress/step-title";
import { assessmentVisibleTo, countryIndicatorVisibleTo, schemeVisibleTo } from "@/lib/sharing/visibility";
import { normalizedFigure } from "./country-indicator-records";

export type IndicatorValueView = {
  id: string;
  version: number;
  period: string;
  periodStart: string;
  periodEnd: string;
  sex: "total" | "female" | "male";
  value: string;
  source: string;
  note: string;
  evidenceUrl: string | null;
  origin: "typed" | "open_sdg" | "ilostat";
  obsStatus: string | null;
};

export type ProposalView = IndicatorValueView & { proposedBy: string | null; proposedById: string; proposedAt: Date };

export type CountryIndicatorView = {
  id: string;
  version: number;
  countryCode: string;
  sharingLevel: "country" | "all";
  indicator: Pick<typeof indicators.$inferSelect, "id" | "code" | "name" | "unit" | "direction" | "family" | "sexBreakdown" | "custodian">;
  baseline: { value: string; year: number; source: string } | null;
  targets: { year: number; value: string }[];
  links: { steps: { id: string; title: StepTitle }[]; schemes: { id: string; name: string }[]; recommendations: { id: string; statement: string }[] };
  /** Accepted values, by period then sex (total, female, male). */
  values: IndicatorValueView[];
  /** Proposals waiting for a decision: all of them for those who decide, an adviser's own otherwise. */
  proposals: ProposalView[];
  /** Whether the reader may change it, its values, and decide its proposals. */
  canWrite: boolean;
};

const familyOrder = sql`case ${indicators.family} when 'sdg_1_3_1' then 1 when 'spf_flagship' then 2 else 3 end`;
const sexOrder = sql`case ${indicatorValues.sex} when 'total' then 1 when 'female' then 2 else 3 end`;

/** The followed indicators `where` selects among the live ones the actor may read, in catalogue order. */
export async function readCountryIndicators(db: Queryable, actor: Actor, where: SQL): Promise<CountryIndicatorView[]> {
  const rows = await db
    .select({ countryIndicator: countryIndicators, indicator: indicators })
    .from(countryIndicators)
    .innerJoin(indicators, eq(indicators.id, countryIndicators.indicatorId))
    .where(and(where, isNull(countryIndicators.deletedAt), countryIndicatorVisibleTo(actor)))
    .orderBy(asc(countryIndicators.countryCode), familyOrder, asc(indicators.code), asc(countryIndicators.id));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.countryIndicator.id);
  const [values, links] = await Promise.all([readValues(db, actor, ids), readLinks(db, actor, ids)]);

  return rows.map(({ countryIndicator: followed, indicator }) => {
    const own = values.filter((value) => value.countryIndicatorId === followed.id);
    const canWrite = can(actor, "results.write", { countryCode: followed.countryCode });
    return {
      id: followed.id,
      version: followed.version,
      countryCode: followed.countryCode,
      sharingLevel: followed.sharingLevel,
      indicator: {
        id: indicator.id,
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        direction: indicator.direction,
        family: indicator.family,
        sexBreakdown: indicator.sexBreakdown,
        custodian: indicator.custodian,
      },
      baseline:
        followed.baselineValue === null || followed.baselineYear === null
          ? null
          : { value: normalizedFigure(followed.baselineValue), year: followed.baselineYear, source: followed.baselineSource },
      targets: followed.targets,
      links: linksFor(links, followed.id),
      values: own.filter((value) => value.status === "accepted").map(valueView),
      proposals: own
        .filter((value) => value.status === "proposed" && (canWrite || value.createdById === actor.userId))
        .map((value) => ({ ...valueView(value), proposedBy: value.proposedBy, proposedById: value.createdById, proposedAt: value.createdAt })),
      canWrite,
    };
  });
}

type ValueRow = Awaited<ReturnType<typeof readValues>>[number];

/** Live accepted values, and the proposals the reader may see (the countries they write, or their own). */
async function readValues(db: Queryable, actor: Actor, countryIndicatorIds: string[]) {
  const scope = scopeOf(actor, "results.write");
  const decides: SQL | undefined =
    scope === "any" ? sql`true` : scope.countryCodes.length > 0 ? inArray(countryIndicators.countryCode, scope.countryCodes) : undefined;
  return db
    .select({
      countryIndicatorId: indicatorValues.countryIndicatorId,
      id: indicatorValues.id,
      version: indicatorValues.version,
      period: indicatorValues.period,
      periodStart: indicatorValues.periodStart,
      periodEnd: indicatorValues.periodEnd,
      sex: indicatorValues.sex,
      value: indicatorValues.value,
      source: indicatorValues.source,
      note: indicatorValues.note,
      evidenceUrl: indicatorValues.evidenceUrl,
      origin: indicatorValues.origin,
      obsStatus: indicatorValues.obsStatus,
      status: indicatorValues.status,
      createdById: indicatorValues.createdById,
      createdAt: indicatorValues.createdAt,
      proposedBy: users.name,
    })
    .from(indicatorValues)
    .innerJoin(countryIndicators, eq(countryIndicators.id, indicatorValues.countryIndicatorId))
    .leftJoin(users, eq(users.id, indicatorValues.createdById))
    .where(
      and(
        inArray(indicatorValues.countryIndicatorId, countryIndicatorIds),
        isNull(indicatorValues.deletedAt),
        or(
          eq(indicatorValues.status, "accepted"),
          and(eq(indicatorValues.status, "proposed"), or(decides, eq(indicatorValues.createdById, actor.userId))),
        ),
      ),
    )
    .orderBy(asc(indicatorValues.periodStart), asc(indicatorValues.periodEnd), asc(indicatorValues.period), sexOrder, asc(indicatorValues.createdAt));
}

function valueView(row: ValueRow): IndicatorValueView {
  return {
    id: row.id,
    version: row.version,
    period: row.period,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    sex: row.sex,
    value: normalizedFigure(row.value),
    source: row.source,
    note: row.note,
    evidenceUrl: row.evidenceUrl,
    origin: row.origin,
    obsStatus: row.obsStatus,
  };
}

type LinkRow = Awaited<ReturnType<typeof readLinks>>[number];

/** The links, each named, leaving out schemes and recommendations the reader may not read or that were withdrawn. */
async function readLinks(db: Queryable, actor: Actor, countryIndicatorIds: string[]) {
  return db
    .select({
      countryIndicatorId: countryIndicatorLinks.countryIndicatorId,
      stepId: countrySteps.id,
      stepPosition: countrySteps.position,
      stepTitle,
      schemeId: schemes.id,
      schemeName: schemes.nationalName,
      recommendationId: assessmentItems.id,
      recommendationStatement: assessmentItems.statement,
    })
    .from(countryIndicatorLinks)
    .leftJoin(countrySteps, eq(countrySteps.id, countryIndicatorLinks.countryStepId))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .leftJoin(schemes, and(eq(schemes.id, countryIndicatorLinks.schemeId), isNull(schemes.deletedAt), schemeVisibleTo(actor)))
    .leftJoin(
      assessmentItems,
      and(eq(assessmentItems.id, countryIndicatorLinks.recommendationId), isNull(assessmentItems.deletedAt), assessmentVisibleTo(actor, assessmentItems.countryCode)),
    )
    .where(inArray(countryIndicatorLinks.countryIndicatorId, countryIndicatorIds))
    .orderBy(asc(countrySteps.position), asc(schemes.nationalName), asc(assessmentItems.position), asc(countryIndicatorLinks.id));
}

function linksFor(rows: LinkRow[], countryIndicatorId: string): CountryIndicatorView["links"] {
  const own = rows.filter((row) => row.countryIndicatorId === countryIndicatorId);
  return {
    steps: own.flatMap((row) => (row.stepId ? [{ id: row.stepId, title: row.stepTitle }] : [])),
    schemes: own.flatMap((row) => (row.schemeId && row.schemeName !== null ? [{ id: row.schemeId, name: row.schemeName }] : [])),
    recommendations: own.flatMap((row) =>
      row.recommendationId && row.recommendationStatement !== null ? [{ id: row.recommendationId, statement: row.recommendationStatement }] : [],
    ),
  };
}
