/**
 * Moves a country's step through its statuses: started; completed with a sign-off note (and evidence when the
 * framework asks for it); not applicable with a reason; reopened with a reason. A stale version is refused.
 */
import { eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/engine";
import { countrySteps, stepStatuses } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { returnToReview } from "@/lib/review/subjects";
import { parseInput } from "@/lib/validation/parse";
import { changeStepStatusSchema, type StepStatusChange } from "@/lib/validation/progress";
import { countStepEvidence, lastChangeOf, stepForChange, type StepRecord } from "./records";

type StepStatus = (typeof stepStatuses)[number];

/** The step as it stands, shown to a user whose save came too late. */
export type StepConflictView = {
  kind: "step";
  status: StepStatus;
  statusReason: string | null;
  signOffNote: string | null;
  version: number;
  changedBy: string | null;
  changedAt: string | null;
};

export async function stepConflictView(db: Transaction | Database, step: StepRecord): Promise<StepConflictView> {
  return {
    kind: "step",
    status: step.status,
    statusReason: step.statusReason,
    signOffNote: step.signOffNote,
    version: step.version,
    ...(await lastChangeOf(db, "country_step", step.id)),
  };
}

/** Where each change may start from, and where it leads. */
function nextStatus(current: StepStatus, to: StepStatusChange): StepStatus {
  switch (to) {
    case "in_progress":
      if (current === "not_started" || current === "in_progress") return "in_progress";
      break;
    case "completed":
      if (current === "not_started" || current === "in_progress") return "completed";
      break;
    case "not_applicable":
      if (current === "not_started" || current === "in_progress") return "not_applicable";
      break;
    case "reopened":
      if (current === "completed") return "in_progress";
      if (current === "not_applicable") return "not_started";
      return current;
  }
  throw invalid({}, current === "completed" || current === "not_applicable" ? "progress.reopenFirst" : "progress.notClosed");
}

/**
 * Applies a status change inside the caller's transaction, on a step the caller has locked. Used by
 * changeStepStatus and by logMilestone when a milestone moves its step.
 */
export async function applyStepStatus(
  tx: Transaction,
  actor: Actor,
  step: StepRecord,
  change: { to: StepStatusChange; note: string; version: number },
): Promise<void> {
  if (change.version !== step.version) throw conflict(await stepConflictView(tx, step));
  if (change.to === "reopened" && step.status !== "completed" && step.status !== "not_applicable") {
    throw invalid({}, "progress.notClosed");
  }
  const status = nextStatus(step.status, change.to);
  if (status === step.status) return; // starting a step already in progress changes nothing
  if (status === "completed" && step.requiresEvidence && (await countStepEvidence(tx, step.id)) === 0) {
    throw invalid({}, "progress.evidenceRequired");
  }

  const now = new Date();
  const completing = status === "completed";
  const after = {
    status,
    statusReason: change.to === "not_applicable" || change.to === "reopened" ? change.note : null,
    signOffNote: completing ? change.note : null,
  };
  await tx
    .update(countrySteps)
    .set({
      ...after,
      statusChangedAt: now,
      statusChangedById: actor.userId,
      signedOffAt: completing ? now : null,
      signedOffById: completing ? actor.userId : null,
      version: step.version + 1,
      updatedAt: now,
    })
    .where(eq(countrySteps.id, step.id));
  const before = { status: step.status, statusReason: step.statusReason, signOffNote: step.signOffNote };
  await recordAudit(tx, actor, {
    action: "step.status",
    entityType: "country_step",
    entityId: step.id,
    countryCode: step.countryCode,
    ...changedFields(before, after),
  });
  await returnToReview(tx, actor, { type: "country_step", id: step.id, countryCode: step.countryCode });
}

export async function changeStepStatus(db: Database, actor: Actor, input: unknown): Promise<{ countryCode: string; countryStepId: string }> {
  const values = parseInput(changeStepStatusSchema, input);
  return db.transaction(async (tx) => {
    const step = await stepForChange(tx, actor, values.countryStepId, "step.update");
    await applyStepStatus(tx, actor, step, values);
    return { countryCode: step.countryCode, countryStepId: step.id };
  });
}
