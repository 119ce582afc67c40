/** The shapes the results' endpoints answer with (decision 1900): an indicator of the catalogue, a followed indicator with its values, a change. */
import { indicatorDirections, indicatorFamilies, indicatorSexes, indicatorUnits, indicatorValueOrigins, sharingLevels } from "@/db/schema/values";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import { getCountryIndicator } from "@/lib/results/get-country-results";
import { stepTitleFields } from "@/lib/progress/step-title";
import type { IndicatorChoice } from "@/lib/results/list-indicators";
import type { CountryIndicatorView } from "@/lib/results/read-country-indicators";
import { z } from "zod";
import { isoTimestamp, localizedTextResponse, timestamp } from "../schemas";

export const resultsTags = ["Results"];

const figure = z.string().meta({ description: "An exact decimal figure as text (never a float): \"42.5\"; persons as counted, percentages as 0–100.", example: "42.5" });

export const indicatorSchema = z
  .object({
    id: z.uuid(),
    code: z.string().meta({ example: "SI_COV_BENFTS" }),
    name: localizedTextResponse,
    unit: z.enum(indicatorUnits),
    direction: z.enum(indicatorDirections),
    family: z.enum(indicatorFamilies),
    countryCode: z.string().length(2).nullable().meta({ description: "The country of a national indicator; null for the catalogue's." }),
    sexBreakdown: z.boolean().meta({ description: "Whether values may be given for female and male beside the total." }),
    custodian: z.string(),
    canChange: z.boolean().meta({ description: "Whether the caller may edit, withdraw or restore it." }),
    withdrawnAt: timestamp.nullable(),
    version: z.int(),
  })
  .meta({ id: "Indicator" });

export function indicatorOut(row: IndicatorChoice) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    family: row.family,
    countryCode: row.countryCode,
    sexBreakdown: row.sexBreakdown,
    custodian: row.custodian,
    canChange: row.canChange,
    withdrawnAt: isoTimestamp(row.deletedAt),
    version: row.version,
  };
}

const valueFields = {
  id: z.uuid(),
  version: z.int().meta({ description: "Send it back when editing, withdrawing, accepting or declining: a stale version is refused with 409." }),
  period: z.string().meta({ description: "As published: a year (\"2020\") or a fiscal year (\"2016/17\")." }),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  sex: z.enum(indicatorSexes),
  value: figure,
  source: z.string(),
  note: z.string(),
  evidenceUrl: z.string().nullable(),
  origin: z.enum(indicatorValueOrigins).meta({ description: "Typed in Socle, or imported from an Open SDG or ILOSTAT file." }),
  obsStatus: z.string().nullable().meta({ description: "ILOSTAT's observation flag as published (B break in series, U unreliable…)." }),
};

const indicatorValueSchema = z.object(valueFields).meta({ id: "IndicatorValue" });
const proposalSchema = z
  .object({ ...valueFields, proposedBy: z.string().nullable(), proposedById: z.uuid(), proposedAt: timestamp })
  .meta({ id: "IndicatorValueProposal" });

export const countryIndicatorSchema = z
  .object({
    id: z.uuid(),
    version: z.int().meta({ description: "Send it back when editing, withdrawing or restoring: a stale version is refused with 409." }),
    countryCode: z.string().length(2),
    sharingLevel: z.enum(sharingLevels).meta({ description: "`country`: read by the country's working group and coordinators; `all`: by everyone signed in." }),
    indicator: indicatorSchema.omit({ countryCode: true, canChange: true, withdrawnAt: true, version: true }).meta({ id: "FollowedIndicatorEntry" }),
    baseline: z.object({ value: figure, year: z.int(), source: z.string() }).nullable(),
    targets: z.array(z.object({ year: z.int(), value: figure })).meta({ description: "In year order, one per year." }),
    links: z.object({
      steps: z.array(z.object({ id: z.uuid(), title: localizedTextResponse.nullable(), nationalTitle: z.string().nullable() })),
      schemes: z.array(z.object({ id: z.uuid(), name: z.string() })),
      recommendations: z.array(z.object({ id: z.uuid(), statement: z.string() })),
    }).meta({ description: "What it measures, as far as the caller may read it." }),
    values: z.array(indicatorValueSchema).meta({ description: "Accepted values, by period, then total, female, male." }),
    proposals: z.array(proposalSchema).meta({ description: "Proposals waiting: all of them for those who decide them, an adviser's own otherwise." }),
    canWrite: z.boolean(),
  })
  .meta({ id: "CountryIndicator" });

export function countryIndicatorOut(view: CountryIndicatorView) {
  return {
    ...view,
    links: { ...view.links, steps: view.links.steps.map((step) => ({ id: step.id, ...stepTitleFields(step.title) })) },
    proposals: view.proposals.map((proposal) => ({ ...proposal, proposedAt: proposal.proposedAt.toISOString() })),
  };
}

export const changeSchema = z
  .object({
    id: z.uuid().meta({ description: "The record changed: the followed indicator, or the value." }),
    version: z.int().meta({ description: "Its version now, for the next change." }),
    countryCode: z.string().length(2),
    countryIndicator: countryIndicatorSchema
      .nullable()
      .meta({ description: "The followed indicator as it now stands, with its values; null once withdrawn or when the caller may not read it." }),
  })
  .meta({ id: "ResultsChange" });

/** A change's answer: the record's id and version, and the followed indicator it belongs to as the caller now reads it. */
export async function changeOut(db: Database, actor: Actor, change: { id: string; version: number; countryCode: string }, countryIndicatorId: string) {
  let countryIndicator: ReturnType<typeof countryIndicatorOut> | null = null;
  try {
    countryIndicator = countryIndicatorOut(await getCountryIndicator(db, actor, countryIndicatorId));
  } catch (error) {
    // Withdrawn, or kept from an adviser who proposed a value of it: the change stands, there is nothing to show.
    if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
  }
  return { data: { id: change.id, version: change.version, countryCode: change.countryCode, countryIndicator } };
}
