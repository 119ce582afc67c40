/**
 * A country's report: the process at a glance for a government, an agency or a donor. Steps with status and
 * sign-off, milestones with their evidence, the inventory of schemes, the assessment matrix and the costing, support
 * received by agency and kind, needs and gaps per currency, and open review items. It reads through the pages' own
 * functions (getCountryOverview, listMilestones, getCountrySupport, getAssessmentMatrix, getCosting), so it shows a
 * reader exactly what those pages would.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { type LocalizedText, milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { listSchemes } from "@/lib/assessment/list-schemes";
import { type AssessmentMatrixView, getAssessmentMatrix } from "@/lib/assessment/matrix/get-matrix";
import { getCountryOverview } from "@/lib/countries/get-country-overview";
import { getCosting } from "@/lib/costing/data/get-costing";
import { listMilestones, type MilestoneView } from "@/lib/progress/milestone-list";
import type { SupportEntrySummary } from "@/lib/support/entry-summaries";
import { addAmounts } from "@/lib/support/money";
import { getCountrySupport } from "@/lib/support/get-country-support";
import { listOpenReviewItems } from "./open-review-items";
import { reportCosting } from "./report-costing";
import { reportResults } from "./report-results";
import { getCountryResults } from "@/lib/results/get-country-results";
import { authorizeCountryReport } from "./report-access";
import { stepSignOffs } from "./step-sign-offs";

export type AgencySupport = {
  agencyAcronym: string;
  agencyShortName: LocalizedText;
  kind: SupportEntrySummary["kind"];
  entries: number;
  /** Per currency, what the agency's entries of this kind committed and disbursed. */
  money: { currency: string; committed: string; disbursed: string }[];
};

/**
 * Support received, grouped by agency and kind, with the flows of the financial entries per currency; a pass-through
 * of another member's live entry is listed but its money is counted once, at the giver's (decision 2110).
 */
export function supportByAgency(entries: SupportEntrySummary[]): AgencySupport[] {
  const groups = new Map<string, AgencySupport>();
  for (const entry of entries) {
    const id = `${entry.agencyAcronym}\u0000${entry.kind}`;
    const group = groups.get(id) ?? { agencyAcronym: entry.agencyAcronym, agencyShortName: entry.agencyShortName, kind: entry.kind, entries: 0, money: [] };
    groups.set(id, group);
    group.entries++;
    if (!entry.currency || entry.passedOnFrom) continue;
    const money = group.money.find((row) => row.currency === entry.currency);
    if (money) Object.assign(money, { committed: addAmounts(money.committed, entry.committed), disbursed: addAmounts(money.disbursed, entry.disbursed) });
    else group.money.push({ currency: entry.currency, committed: entry.committed, disbursed: entry.disbursed });
  }
  return [...groups.values()].sort((a, b) => a.agencyAcronym.localeCompare(b.agencyAcronym) || a.kind.localeCompare(b.kind));
}

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

export async function getCountryReport(db: Queryable, actor: Actor, code: unknown) {
  const overview = await getCountryOverview(db, actor, authorizeCountryReport(actor, code));
  const countryCode = overview.country.code;
  const [support, signOffs, current, reviewItems, schemes, matrix, costing, results] = await Promise.all([
    getCountrySupport(db, actor, countryCode),
    stepSignOffs(db, [countryCode]),
    listMilestones(db, actor, and(eq(milestones.countryCode, countryCode), isNull(milestones.deletedAt))),
    listOpenReviewItems(db, actor, countryCode),
    listSchemes(db, actor, countryCode),
    getAssessmentMatrix(db, actor, countryCode),
    getCosting(db, actor, countryCode),
    getCountryResults(db, actor, countryCode),
  ]);
  const entries = [...new Map([...support.steps.flatMap((step) => step.entries), ...support.entriesWithoutStep].map((entry) => [entry.id, entry])).values()];
  const steps = overview.steps.map((step, index) => ({
    ...step,
    number: index + 1,
    signOff: signOffs.get(step.id) ?? null,
    milestones: current.filter((milestone: MilestoneView) => milestone.countryStepId === step.id),
    needs: support.steps.find((supportStep) => supportStep.id === step.id)?.needs ?? [],
  }));
  return {
    country: overview.country,
    steps,
    supportByAgency: supportByAgency(entries),
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
