/** Who reads a country's matrix, its items and its endorsed versions: its working group and coordinators, or everyone signed in. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { assessmentMatrices } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { AppError, invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { shareAssessmentSchema } from "@/lib/validation/assessment";
import { parseInput } from "@/lib/validation/parse";
import { assessmentMatrixEntity, countMatrixChange, lockMatrix } from "./records";

export async function shareAssessment(db: Database, actor: Actor, input: unknown): Promise<{ countryCode: string; version: number }> {
  const values = parseInput(shareAssessmentSchema, input);
  assertCan(actor, "assessment.write", { countryCode: values.countryCode });
  return db.transaction(async (tx) => {
    const matrix = await lockMatrix(tx, values.countryCode);
    if (!matrix) throw invalid({}, "assessmentRules.emptyMatrix");
    if (matrix.version !== values.version) throw new AppError("CONFLICT", "assessmentRules.changedSinceSeen", { current: { kind: "assessment", version: matrix.version } });
    if (matrix.sharingLevel === values.sharingLevel) return { countryCode: values.countryCode, version: matrix.version };
    await tx.update(assessmentMatrices).set({ sharingLevel: values.sharingLevel }).where(eq(assessmentMatrices.countryCode, values.countryCode));
    const version = await countMatrixChange(tx, actor, values.countryCode);
    await recordAudit(tx, actor, {
      action: "assessment.share",
      entityType: assessmentMatrixEntity,
      entityId: values.countryCode,
      countryCode: values.countryCode,
      before: { sharingLevel: matrix.sharingLevel },
      after: { sharingLevel: values.sharingLevel },
    });
    return { countryCode: values.countryCode, version };
  });
}
