/** Adds links and checked files to a milestone already logged. */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { prepareEvidenceFiles } from "@/lib/files/prepare-evidence-files";
import { assertCan } from "@/lib/permissions";
import { returnToReview } from "@/lib/review/subjects";
import { parseInput } from "@/lib/validation/parse";
import { addEvidenceSchema } from "@/lib/validation/progress";
import { attachEvidence } from "./attach-evidence";
import { findMilestone } from "./records";

export async function addEvidence(db: Database, actor: Actor, input: unknown): Promise<{ milestoneId: string; countryCode: string; evidenceIds: string[] }> {
  const values = parseInput(addEvidenceSchema, input);
  const milestone = await findMilestone(db, values.milestoneId);
  assertCan(actor, "milestone.edit", { countryCode: milestone.countryCode });
  if (milestone.deletedAt) throw notFound();
  const files = await prepareEvidenceFiles(values.files);
  return db.transaction(async (tx) => {
    const locked = await findMilestone(tx, milestone.id, { lock: true });
    if (locked.deletedAt) throw notFound(); // deleted while the files were being checked
    const evidenceIds = await attachEvidence(tx, actor, {
      milestoneId: locked.id,
      countryCode: locked.countryCode,
      sharingLevel: values.sharingLevel,
      links: values.links,
      files,
    });
    await returnToReview(tx, actor, { type: "milestone", id: locked.id, countryCode: locked.countryCode });
    return { milestoneId: locked.id, countryCode: locked.countryCode, evidenceIds };
  });
}
