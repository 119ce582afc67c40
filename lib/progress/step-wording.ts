/**
 * What a step's page says where it lists no milestone, and about its evidence, so that it is true for who reads it
 * (the working group who may log, a reader of everything, someone who sees only what is shared) and for where the
 * step stands. Catalogue keys of the "step" namespace; the page translates them.
 */
import type { Actor } from "@/lib/actor";
import type { NamespaceKey } from "@/lib/i18n/message-key";
import { can } from "@/lib/permissions";
import { canReadUnshared } from "@/lib/sharing/visibility";
import type { stepStatuses } from "@/db/schema/values";

type StepMessage = NamespaceKey<"step">;
type StepStanding = { countryCode: string; status: (typeof stepStatuses)[number]; requiresEvidence: boolean };

export function noMilestonesMessage(actor: Actor, countryCode: string): StepMessage {
  if (can(actor, "milestone.log", { countryCode })) return "noMilestones";
  // A reader outside the working group sees only what is shared; whether anything is kept from them is not said.
  return canReadUnshared(actor, countryCode) ? "noMilestonesYet" : "noMilestonesShared";
}

/** The evidence count's sentence (its `count` argument is the evidence the reader sees), and the step's rule while it is open. */
export function evidenceMessages(actor: Actor, step: StepStanding, evidenceCount: number): { count: StepMessage; rule: StepMessage | null } {
  const insider = canReadUnshared(actor, step.countryCode);
  const open = step.status === "not_started" || step.status === "in_progress";
  const count = !insider ? "evidenceShared" : open ? "evidenceSoFar" : "evidenceOfStep";
  // An outsider's count leaves out what is kept to the country, so it cannot tell them the rule is met.
  const rule = step.requiresEvidence && open && (!insider || evidenceCount === 0) ? "evidenceRequired" : null;
  return { count, rule };
}
