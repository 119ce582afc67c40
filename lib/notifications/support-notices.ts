/** Notices of support for a country's working group: a new support entry, a need answered, entries added by an import. */
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/engine";
import { agencies } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notify, workingGroupOf } from "./notify";

type Entry = { id: string; countryCode: string; agencyId: string; countryStepId: string | null; title: string };

async function acronymOf(tx: Transaction, agencyId: string): Promise<string> {
  const [agency] = await tx.select({ acronym: agencies.acronym }).from(agencies).where(eq(agencies.id, agencyId));
  return agency?.acronym ?? "";
}

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

export async function noticeOfSupport(tx: Transaction, actor: Actor, entry: Entry): Promise<void> {
  await notify(tx, actor, {
    kind: "support_added",
    recipientIds: await workingGroupOf(tx, entry.countryCode),
    countryCode: entry.countryCode,
    link: `/support/${entry.id}`,
    params: { agency: await acronymOf(tx, entry.agencyId), title: excerpt(entry.title), countryStepId: entry.countryStepId ?? "" },
  });
}

export async function noticeOfAnswer(tx: Transaction, actor: Actor, entry: Entry, need: { createdById: string; description: string }): Promise<void> {
  await notify(tx, actor, {
    kind: "need_answered",
    recipientIds: [need.createdById, ...(await workingGroupOf(tx, entry.countryCode))],
    countryCode: entry.countryCode,
    link: `/countries/${entry.countryCode}/support`,
    params: { agency: await acronymOf(tx, entry.agencyId), title: excerpt(entry.title), need: excerpt(need.description) },
  });
}

/** One notice per country for a whole import, rather than one per entry. */
export async function noticeOfImportedSupport(tx: Transaction, actor: Actor, countByCountry: Map<string, number>): Promise<void> {
  for (const [countryCode, count] of countByCountry) {
    await notify(tx, actor, {
      kind: "support_added",
      recipientIds: await workingGroupOf(tx, countryCode),
      countryCode,
      link: `/countries/${countryCode}/support`,
      params: { count: String(count) },
    });
  }
}
