/**
 * A working group logs a milestone on one of its country's steps: what happened and when, with evidence
 * (links and checked files), optionally moving the step's status, all in one transaction.
 */
import { and, eq } from "drizzle-orm";
import type { Database, Queryable } from "@/db/engine";
import { evidence, milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { prepareEvidenceFiles } from "@/lib/files/prepare-evidence-files";
import { assertCan } from "@/lib/permissions";
import { assertPeriodOpen } from "@/lib/rounds/period-lock";
import { returnToReview } from "@/lib/review/subjects";
import { parseInput } from "@/lib/validation/parse";
import { logMilestoneSchema } from "@/lib/validation/progress";
import { attachEvidence } from "./attach-evidence";
import { applyStepStatus } from "./change-step-status";
import { findStepForInput, lockStep } from "./records";

export type LoggedMilestone = { id: string; countryCode: string; countryStepId: string; evidenceIds: string[] };

export async function logMilestone(db: Database, actor: Actor, input: unknown): Promise<LoggedMilestone> {
  const values = parseInput(logMilestoneSchema, input);
  const found = await findStepForInput(db, values.countryStepId, values.countryCode);
  assertCan(actor, "milestone.log", { countryCode: found.countryCode });
  // Files are read and checked before the transaction, so a refused file leaves nothing behind.
  const files = await prepareEvidenceFiles(values.files);

  return db.transaction(async (tx) => {
    const step = await lockStep(tx, found.id);
    // A milestone dated in an accepted report's period would change what the report says (decision 2010).
    await assertPeriodOpen(tx, step.countryCode, values.occurredOn);
    const [milestone] = await tx
      .insert(milestones)
      .values({
        countryCode: step.countryCode,
        countryStepId: step.id,
        title: values.title,
        occurredOn: values.occurredOn,
        description: values.description,
        sharingLevel: values.sharingLevel,
        authorId: actor.userId,
        idempotencyKey: values.idempotencyKey,
      })
      // A create repeated with the same key (a retry, a queued create synced twice) leaves the first one as it is.
      .onConflictDoNothing({ target: [milestones.authorId, milestones.idempotencyKey] })
      .returning({ id: milestones.id });
    if (!milestone) return findRepeatedMilestone(tx, actor, values.idempotencyKey!);
    const id = milestone.id;
    await recordAudit(tx, actor, {
      action: "milestone.log",
      entityType: "milestone",
      entityId: id,
      countryCode: step.countryCode,
      after: {
        countryStepId: step.id,
        title: values.title,
        occurredOn: values.occurredOn,
        description: values.description,
        sharingLevel: values.sharingLevel,
      },
    });
    const evidenceIds = await attachEvidence(tx, actor, {
      milestoneId: id,
      countryCode: step.countryCode,
      sharingLevel: values.evidenceSharingLevel,
      links: values.links,
      files,
    });
    if (values.statusChange !== "") {
      await applyStepStatus(tx, actor, step, { to: values.statusChange, note: values.signOffNote, version: values.stepVersion! });
    }
    // A new milestone answers a step sent back for changes, as an edit would.
    await returnToReview(tx, actor, { type: "country_step", id: step.id, countryCode: step.countryCode });
    return { id, countryCode: step.countryCode, countryStepId: step.id, evidenceIds };
  });
}

/** The milestone an earlier create with the same key recorded (committed: the unique index made this insert wait for it). */
async function findRepeatedMilestone(db: Queryable, actor: Actor, idempotencyKey: string): Promise<LoggedMilestone> {
  const [first] = await db
    .select({ id: milestones.id, countryCode: milestones.countryCode, countryStepId: milestones.countryStepId })
    .from(milestones)
    .where(and(eq(milestones.authorId, actor.userId), eq(milestones.idempotencyKey, idempotencyKey)));
  const evidenceRows = await db.select({ id: evidence.id }).from(evidence).where(eq(evidence.milestoneId, first!.id)).orderBy(evidence.createdAt);
  return { ...first!, evidenceIds: evidenceRows.map((row) => row.id) };
}
