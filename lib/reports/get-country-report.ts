/**
 * A country's report: the process at a glance for a government, an agency or a donor. Steps with status and
 * sign-off, each step's latest milestones with their evidence, the inventory of schemes, the assessment matrix and the
 * costing, support received by agency and kind, needs and gaps per currency, and open review items. It reads through
 * the pages' own functions and rules (getCountryOverview, the steps' kept figures, listLatestMilestonesOfSteps,
 * getCountrySupportSummary, getAssessmentMatrix, getCosting), so it shows a reader exactly what those pages would.
 */
import type { Queryable } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { listSchemes } from "@/lib/assessment/list-schemes";
import { type AssessmentMatrixView, getAssessmentMatrix } from "@/lib/assessment/matrix/get-matrix";
import { getCountryOverview } from "@/lib/countries/get-country-overview";
import { getCosting } from "@/lib/costing/data/get-costing";
import { listLatestMilestonesOfSteps } from "@/lib/progress/milestone-list";
import { noFigures, readStepFigures } from "@/lib/progress/step-figures";
import { getCountrySupportSummary } from "@/lib/support/get-country-support";
import { listOpenReviewItems } from "./open-review-items";
import { reportCosting } from "./report-costing";
import { reportResults } from "./report-results";
import { getCountryResults } from "@/lib/results/get-country-results";
import { authorizeCountryReport } from "./report-access";
import { stepSignOffs } from "./step-sign-offs";

export type ReportAssessment = Pick<AssessmentMatrixView, "readable" | "sharingLevel" | "blocks" | "changedSinceEndorsed" | "itemCount"> & {
  /** The latest endorsed version: its number and the date of the dialogue that endorsed it. */
  latestVersion: { number: number; endorsedOn: string } | null;
};

/** The matrix as its page shows it to this reader, without what only its writers see (withdrawn items, the version they edit). */
export function reportAssessment(matrix: AssessmentMatrixView): ReportAssessment {
  const [latest] = matrix.versions;
  return {
    readable: matrix.readable,
    sharingLevel: matrix.sharingLevel,
    blocks: matrix.blocks,
    changedSinceEndorsed: matrix.changedSinceEndorsed,
    itemCount: matrix.itemCount,
    latestVersion: latest ? { number: latest.number, endorsedOn: latest.endorsedOn } : null,
  };
}

/**
 * The report lists each step's latest milestones, and says how many there are in all: a report of a country with
 * years of history stays a report (the step's page, the timeline and the milestones export hold every one), and
 * reading it costs its steps, not its history (issue 24).
 */
export const milestonesPerStepInReport = 10;

export async function getCountryReport(db: Queryable, actor: Actor, code: unknown) {
  const overview = await getCountryOverview(db, actor, authorizeCountryReport(actor, code));
  const countryCode = overview.country.code;
  const stepIds = overview.steps.map((step) => step.id);
  const [support, signOffs, latest, figures, reviewItems, schemes, matrix, costing, results] = await Promise.all([
    getCountrySupportSummary(db, actor, countryCode),
    stepSignOffs(db, [countryCode]),
    listLatestMilestonesOfSteps(db, actor, stepIds, milestonesPerStepInReport),
    readStepFigures(db, actor, stepIds),
    listOpenReviewItems(db, actor, countryCode),
    listSchemes(db, actor, countryCode),
    getAssessmentMatrix(db, actor, countryCode),
    getCosting(db, actor, countryCode),
    getCountryResults(db, actor, countryCode),
  ]);
  const steps = overview.steps.map((step, index) => ({
    ...step,
    number: index + 1,
    signOff: signOffs.get(step.id) ?? null,
    /** The step's latest milestones the reader may read, newest first, with their evidence. */
    milestones: latest.filter((milestone) => milestone.countryStepId === step.id),
    /** Every live milestone of the step the reader may read (the steps' kept figures). */
    milestoneCount: (figures.get(step.id) ?? noFigures).milestones,
    needs: support.needs.filter((need) => need.countryStepId === step.id),
  }));
  return {
    country: overview.country,
    steps,
    supportByAgency: support.byAgency,
    /** Needed, pledged, committed, disbursed, spent and the gap, per currency, for the whole country. */
    totals: support.totals,
    /** The same flows counted as FTS does, per currency and in the reporting currency, with the rates used and what was left out. */
    funding: support.funding,
    reviewItems,
    /** The assessment's inventory of schemes, as the inventory page shows it to this reader. */
    schemes,
    /** The assessment matrix by guarantee block, under its sharing rule, and its latest endorsed version. */
    assessment: reportAssessment(matrix),
    /** The costing's frame, packages in the base, middle and horizon years, and latest validated version; null when the reader may not read it or it has no frame. */
    costing: reportCosting(costing),
    /** Each followed indicator the reader may read: baseline, targets, latest accepted total value; null when none. */
    results: reportResults(results.indicators),
  };
}
