/**
 * What the versions national dialogues freeze share (an endorsed assessment matrix, a validated costing): the
 * milestone that records the dialogue, and a version's number as an address or the API gives it.
 */
import { and, desc, eq, exists, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { evidence, milestones } from "@/db/schema";
import { invalid, notFound } from "@/lib/errors";
import type { LibMessage } from "@/lib/i18n/message-key";

/** The dialogue's milestone: live, of the country, holding live evidence (its minutes or report); INVALID on the milestone field otherwise. */
export async function dialogueMilestone(
  db: Queryable,
  countryCode: string,
  milestoneId: string,
  messages: { unknown: LibMessage; needsEvidence: LibMessage },
): Promise<{ id: string; occurredOn: string }> {
  const [milestone] = await db
    .select({ id: milestones.id, occurredOn: milestones.occurredOn })
    .from(milestones)
    .where(and(eq(milestones.id, milestoneId), eq(milestones.countryCode, countryCode), isNull(milestones.deletedAt)));
  if (!milestone) throw invalid({ milestoneId: messages.unknown });
  const [withEvidence] = await db
    .select({ id: evidence.id })
    .from(evidence)
    .where(and(eq(evidence.milestoneId, milestone.id), isNull(evidence.deletedAt)))
    .limit(1);
  if (!withEvidence) throw invalid({ milestoneId: messages.needsEvidence });
  return milestone;
}

/** The most milestones a dialogue form offers: a country logs far fewer dialogues; older ones are rarely used afresh. */
const milestoneChoiceLimit = 200;

export type DialogueMilestoneChoice = { id: string; title: string; occurredOn: string };

/** The milestones a form offers to record a dialogue: the country's live ones holding live evidence, newest first. */
export async function dialogueMilestoneChoices(db: Queryable, countryCode: string): Promise<DialogueMilestoneChoice[]> {
  return db
    .select({ id: milestones.id, title: milestones.title, occurredOn: milestones.occurredOn })
    .from(milestones)
    .where(
      and(
        eq(milestones.countryCode, countryCode),
        isNull(milestones.deletedAt),
        exists(db.select({ one: evidence.id }).from(evidence).where(and(eq(evidence.milestoneId, milestones.id), isNull(evidence.deletedAt)))),
      ),
    )
    .orderBy(desc(milestones.occurredOn), desc(milestones.createdAt))
    .limit(milestoneChoiceLimit);
}

/** The most versions a country is thought to freeze: a bound on what is looked up (an integer column). */
const versionNumberLimit = 999_999;

/** A version's number from an address or the API: a whole number from 1, bounded; anything else is NOT_FOUND. */
export function versionNumber(value: unknown): number {
  const number = typeof value === "string" && /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= versionNumberLimit ? value : null;
  if (number === null) throw notFound();
  return number;
}
