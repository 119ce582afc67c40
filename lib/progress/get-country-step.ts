/**
 * One step of one country, for its page: what the step is, where it stands and who moved it there, its
 * checklist, its milestones with evidence, and (for those who may restore them) its deleted milestones.
 */
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/engine";
import { countries, countrySteps, frameworkSteps, milestones, users, type LocalizedText } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan, can } from "@/lib/permissions";
import { countryCodeSchema } from "@/lib/validation/countries";
import { listMilestones } from "./milestone-list";
import { isRecordId } from "./records";
import { loadChecklists } from "./step-checklists";
import { stepTitle } from "./step-title";

const signedOffBy = alias(users, "signed_off_by");
const statusChangedBy = alias(users, "status_changed_by");

export async function getCountryStep(db: Queryable, actor: Actor, input: { countryCode: unknown; countryStepId: unknown }) {
  const code = countryCodeSchema.safeParse(input.countryCode);
  const countryStepId = typeof input.countryStepId === "string" ? input.countryStepId : "";
  if (!code.success || !isRecordId(countryStepId)) throw notFound();
  assertCan(actor, "country.read", { countryCode: code.data });

  const [row] = await db
    .select({
      id: countrySteps.id,
      countryCode: countrySteps.countryCode,
      countryName: countries.name,
      position: countrySteps.position,
      key: frameworkSteps.key,
      title: stepTitle,
      frameworkDescription: frameworkSteps.description,
      nationalDescription: countrySteps.nationalDescription,
      requiresEvidence: frameworkSteps.requiresEvidence,
      status: countrySteps.status,
      statusReason: countrySteps.statusReason,
      statusChangedAt: countrySteps.statusChangedAt,
      statusChangedByName: statusChangedBy.name,
      signedOffAt: countrySteps.signedOffAt,
      signedOffByName: signedOffBy.name,
      signOffNote: countrySteps.signOffNote,
      version: countrySteps.version,
    })
    .from(countrySteps)
    .innerJoin(countries, eq(countries.code, countrySteps.countryCode))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .leftJoin(statusChangedBy, eq(statusChangedBy.id, countrySteps.statusChangedById))
    .leftJoin(signedOffBy, eq(signedOffBy.id, countrySteps.signedOffById))
    .where(and(eq(countrySteps.id, countryStepId), eq(countrySteps.countryCode, code.data)));
  if (!row) throw notFound();

  const order = await db
    .select({ id: countrySteps.id })
    .from(countrySteps)
    .where(eq(countrySteps.countryCode, row.countryCode))
    .orderBy(asc(countrySteps.position));
  const index = order.findIndex((step) => step.id === row.id);

  const mayRestoreSome = can(actor, "milestone.restore", { countryCode: row.countryCode, authorId: actor.userId });
  const [checklists, current, deleted] = await Promise.all([
    loadChecklists(db, [row.id]),
    listMilestones(db, actor, and(eq(milestones.countryStepId, row.id), isNull(milestones.deletedAt))),
    mayRestoreSome ? listMilestones(db, actor, and(eq(milestones.countryStepId, row.id), isNotNull(milestones.deletedAt))) : [],
  ]);

  const { frameworkDescription, nationalDescription, ...step } = row;
  return {
    step: {
      ...step,
      number: index + 1,
      national: step.key === null,
      requiresEvidence: step.requiresEvidence ?? false,
      description: (frameworkDescription ?? nationalDescription ?? "") as LocalizedText | string,
      previousStepId: order[index - 1]?.id ?? null,
      nextStepId: order[index + 1]?.id ?? null,
    },
    checklist: checklists.get(row.id) ?? [],
    milestones: current,
    evidenceCount: current.reduce((total, milestone) => total + milestone.evidence.length, 0),
    /** Only the ones this actor may restore: their own, or all of them for a coordinator. */
    deletedMilestones: deleted.filter((milestone) =>
      can(actor, "milestone.restore", { countryCode: row.countryCode, authorId: milestone.authorId }),
    ),
  };
}
