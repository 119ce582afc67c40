/**
 * A coordinator edits the key-step framework as a new version: the preview says what changes, step by step and
 * for each country; publishing writes the version (the old one never changes) with its audit entry. Countries
 * move to it afterwards, one or all at once (move-countries-to-framework.ts).
 */
import type { Database, Queryable } from "@/db/engine";
import { frameworkSteps, frameworkSubActivities, frameworkVersions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { frameworkProposalSchema } from "@/lib/validation/framework";
import { parseInput } from "@/lib/validation/parse";
import { compareFrameworks, countryImpact, proposedSteps } from "./framework-changes";
import { frameworkStepsOf, latestFrameworkVersion } from "./framework-records";

async function planVersion(db: Queryable, actor: Actor, input: unknown, options: { lock?: boolean } = {}) {
  assertCan(actor, "framework.manage");
  const proposal = parseInput(frameworkProposalSchema, input);
  const latest = await latestFrameworkVersion(db, options);
  if (latest.number !== proposal.basedOn) throw conflict({ number: latest.number, version: latest.number });
  const steps = proposedSteps(proposal);
  const changes = compareFrameworks(await frameworkStepsOf(db, latest.id), steps);
  return { proposal, latest, steps, changes };
}

export async function previewFrameworkVersion(db: Queryable, actor: Actor, input: unknown) {
  const { latest, steps, changes } = await planVersion(db, actor, input);
  return { number: latest.number + 1, changes, countries: await countryImpact(db, steps.map((step) => step.key)) };
}

export async function publishFrameworkVersion(db: Database, actor: Actor, input: unknown): Promise<{ number: number }> {
  return db.transaction(async (tx) => {
    // Locks the latest version: two coordinators publishing at once cannot both build on it.
    const { proposal, latest, steps, changes } = await planVersion(tx, actor, input, { lock: true });
    const [version] = await tx
      .insert(frameworkVersions)
      .values({ number: latest.number + 1, notes: proposal.notes ?? null, publishedById: actor.userId })
      .returning({ id: frameworkVersions.id, number: frameworkVersions.number });
    for (const step of steps) {
      const [row] = await tx
        .insert(frameworkSteps)
        .values({
          versionId: version!.id,
          key: step.key,
          position: step.position,
          title: step.title,
          description: step.description,
          requiresEvidence: step.requiresEvidence,
        })
        .returning({ id: frameworkSteps.id });
      if (step.subActivities.length) {
        await tx.insert(frameworkSubActivities).values(step.subActivities.map((subActivity) => ({ ...subActivity, stepId: row!.id })));
      }
    }
    await recordAudit(tx, actor, {
      action: "framework.publish",
      entityType: "framework_version",
      entityId: String(version!.number),
      before: { number: latest.number },
      after: {
        number: version!.number,
        notes: proposal.notes ?? null,
        steps: steps.map((step) => step.key),
        changes: changes.filter((change) => change.change !== "unchanged").map(({ key, change, fields }) => ({ key, change, fields })),
      },
    });
    return { number: version!.number };
  });
}
