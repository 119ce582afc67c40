/**
 * A country's report for a round, as its reader may read it: the round, the workflow (who submitted, decided,
 * reopened, when and why), the narrative, and what the period's data says — drawn live while the report is being
 * written, read from the snapshot once submitted or accepted — through the sharing rule.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countryReports, reportingRounds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { countryCodeSchema } from "@/lib/validation/countries";
import { parseInput } from "@/lib/validation/parse";
import * as z from "zod/mini";
import { draftForReader, draftFromPeriod, type ReportDraft } from "./report-draft";
import { assertMayReadReport } from "./report-readers";
import { roundAsks } from "./round-records";
import { writableReportStatuses } from "./save-report-narrative";

const reportKeySchema = z.object({ roundId: z.uuid({ message: "validation.invalid" }), countryCode: countryCodeSchema });

export async function getCountryReport(db: Queryable, actor: Actor, roundId: unknown, countryCode: unknown) {
  const key = parseInput(reportKeySchema, { roundId, countryCode });
  const [round] = await db
    .select()
    .from(reportingRounds)
    .where(and(eq(reportingRounds.id, key.roundId), isNull(reportingRounds.deletedAt)));
  if (!round || !(await roundAsks(db, round.id, key.countryCode))) throw notFound();
  const [report] = await db.select().from(countryReports).where(and(eq(countryReports.roundId, round.id), eq(countryReports.countryCode, key.countryCode)));
  await assertMayReadReport(db, actor, key.countryCode, report?.status ?? null);

  // Submitted and accepted reports read what was frozen; a report being written reads the period as it is now.
  const frozen = report?.snapshot && (report.status === "submitted" || report.status === "accepted");
  const drafted = frozen ? (report.snapshot as ReportDraft) : await draftFromPeriod(db, key.countryCode, round);
  const status = report?.status ?? "draft";
  return {
    round: { id: round.id, name: round.name, periodStart: round.periodStart, periodEnd: round.periodEnd, dueOn: round.dueOn },
    countryCode: key.countryCode,
    report: report
      ? {
          id: report.id,
          version: report.version,
          status: report.status,
          locale: report.locale,
          achievements: report.achievements,
          difficulties: report.difficulties,
          nextSteps: report.nextSteps,
          submittedAt: report.submittedAt,
          submittedById: report.submittedById,
          decidedAt: report.decidedAt,
          decidedById: report.decidedById,
          returnReason: report.returnReason,
          reopenedAt: report.reopenedAt,
          reopenedById: report.reopenedById,
          reopenReason: report.reopenReason,
        }
      : null,
    status,
    /** Whether `data` is the snapshot frozen at submission (else drawn live). */
    frozen: Boolean(frozen),
    data: draftForReader(drafted, actor, key.countryCode),
    may: {
      write: writableReportStatuses.includes(status) && can(actor, "report.write", { countryCode: key.countryCode }),
      review: status === "submitted" && can(actor, "report.review", { countryCode: key.countryCode }),
      reopen: status === "accepted" && can(actor, "period.reopen", { countryCode: key.countryCode }),
    },
  };
}

export type CountryReportView = Awaited<ReturnType<typeof getCountryReport>>;
