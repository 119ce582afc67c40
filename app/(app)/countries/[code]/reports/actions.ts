"use server";
/**
 * Server actions of a country's report for a round: each calls one lib/ function, then goes back to the report's page,
 * named by the round the form carries (a hidden field) and the country the change answers with.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import type { ActionState } from "@/lib/forms/action-state";
import { countryReportPath } from "@/lib/notifications/report-notices";
import { isRecordId } from "@/lib/progress/records";
import { acceptReport, returnReport } from "@/lib/rounds/decide-report";
import { reopenReportPeriod } from "@/lib/rounds/reopen-report-period";
import { saveReportNarrative } from "@/lib/rounds/save-report-narrative";
import { submitReport } from "@/lib/rounds/submit-report";

/** Back to the report's page, saying what was done; to the rounds when the form names no round. */
function backToReport(formData: FormData, countryCode: string, done: string): never {
  const roundId = formData.get("roundId");
  revalidatePath("/", "layout");
  return redirect(typeof roundId === "string" && isRecordId(roundId) ? `${countryReportPath({ countryCode, roundId })}?done=${done}` : "/rounds");
}

export async function saveReportNarrativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, saveReportNarrative, (report) => backToReport(formData, report.countryCode, "saved"), "report.write");
}

export async function submitReportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, submitReport, (report) => backToReport(formData, report.countryCode, "submitted"), "report.write");
}

export async function acceptReportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, acceptReport, (report) => backToReport(formData, report.countryCode, "accepted"), "report.review");
}

export async function returnReportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, returnReport, (report) => backToReport(formData, report.countryCode, "returned"), "report.review");
}

export async function reopenReportPeriodAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, reopenReportPeriod, (report) => backToReport(formData, report.countryCode, "reopened"), "period.reopen");
}
