/**
 * Who reads a country report (decision 2010): the country's working group and, anywhere, coordinators and reviewers
 * (every status); an agency adviser reads the accepted reports of a country their agency supports (a live support
 * entry there). What each reads inside a report then follows the sharing rule (`draftForReader`).
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { supportEntries } from "@/db/schema";
import type { CountryReportStatus } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { forbidden } from "@/lib/errors";
import { can, scopeOf } from "@/lib/permissions";

export async function mayReadReport(db: Queryable, actor: Actor, countryCode: string, status: CountryReportStatus | null): Promise<boolean> {
  if (can(actor, "report.write", { countryCode }) || can(actor, "report.review", { countryCode })) return true;
  if (status !== "accepted") return false;
  const scope = scopeOf(actor, "support.write");
  if (scope === "any" || scope.agencyIds.length === 0) return false;
  const [entry] = await db
    .select({ id: supportEntries.id })
    .from(supportEntries)
    .where(and(eq(supportEntries.countryCode, countryCode), inArray(supportEntries.agencyId, scope.agencyIds), isNull(supportEntries.deletedAt)))
    .limit(1);
  return entry !== undefined;
}

export async function assertMayReadReport(db: Queryable, actor: Actor, countryCode: string, status: CountryReportStatus | null): Promise<void> {
  if (!(await mayReadReport(db, actor, countryCode, status))) throw forbidden();
}
