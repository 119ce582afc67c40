/**
 * Support entries as IATI 2.03 activities (decisions 602, 2140), written page by page as the entries are read, so that
 * agencies can reuse in their own IATI publication what Socle holds and Socle's own export re-imports unchanged. The
 * activity itself is in `iati-activity.ts`. Entries of an agency without an IATI organisation identifier and type are
 * left out (IATI refuses a reporting organisation without them), and the file says how many in a comment at its top.
 */
import { and, count, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countrySteps, frameworkSteps, supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { supportFilters } from "@/lib/support/list-support";
import type { SupportListQuery } from "@/lib/validation/support";
import { type IatiFunder, iatiActivity, iatiIdentifierOf, publishableToIati } from "./iati-activity";
import { type IatiResult, readIatiResults } from "./iati-results";
import { xmlComment } from "./iati-xml";
import { authorizeSupportExport, countSupportRows, type ExportedEntry, supportEntryPages } from "./support-pages";

export { iatiActivityStatus, iatiIdentifierOf, iatiTransactionCodes, publishableToIati } from "./iati-activity";
export { xmlText } from "./iati-xml";

/** The entries a query names whose agency cannot publish to IATI yet: how many, and which agencies. */
export type IatiLeftOut = { entries: number; agencies: string[] };

const filtered = (query: SupportListQuery) => and(isNull(supportEntries.deletedAt), supportFilters(query));

async function leftOutOf(db: Queryable, query: SupportListQuery): Promise<IatiLeftOut> {
  const rows = await db
    .select({ acronym: agencies.acronym, entries: count(supportEntries.id) })
    .from(supportEntries)
    .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
    .leftJoin(countrySteps, eq(countrySteps.id, supportEntries.countryStepId))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(and(filtered(query), or(isNull(agencies.iatiRef), isNull(agencies.iatiOrgType))))
    .groupBy(agencies.acronym)
    .orderBy(agencies.acronym);
  return { entries: rows.reduce((sum, row) => sum + row.entries, 0), agencies: rows.map((row) => row.acronym) };
}

/** "agency id|identifier" of the identifiers several entries share: entries split from one multi-country activity. */
async function sharedIdentifiers(db: Queryable, query: SupportListQuery): Promise<Set<string>> {
  const rows = await db
    .select({ agencyId: supportEntries.agencyId, identifier: supportEntries.iatiIdentifier })
    .from(supportEntries)
    .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
    .leftJoin(countrySteps, eq(countrySteps.id, supportEntries.countryStepId))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(and(filtered(query), isNotNull(supportEntries.iatiIdentifier)))
    .groupBy(supportEntries.agencyId, supportEntries.iatiIdentifier)
    .having(sql`count(*) > 1`);
  return new Set(rows.map((row) => `${row.agencyId}|${row.identifier}`));
}

/** Where each entry of a page gets its money, when not from its own agency: two reads. */
async function readFunders(db: Queryable, page: ExportedEntry[]): Promise<Map<string, IatiFunder>> {
  const funders = new Map<string, IatiFunder>();
  const memberIds = [...new Set(page.flatMap(({ entry }) => (entry.fundingAgencyId ? [entry.fundingAgencyId] : [])))];
  const giverIds = [...new Set(page.flatMap(({ entry }) => (entry.passThroughOfEntryId ? [entry.passThroughOfEntryId] : [])))];
  const members = memberIds.length
    ? await db.select({ id: agencies.id, name: agencies.name, iatiRef: agencies.iatiRef, iatiOrgType: agencies.iatiOrgType }).from(agencies).where(inArray(agencies.id, memberIds))
    : [];
  const givers = giverIds.length
    ? await db
        .select({ id: supportEntries.id, reference: supportEntries.reference, iatiIdentifier: supportEntries.iatiIdentifier, iatiRef: agencies.iatiRef, iatiOrgType: agencies.iatiOrgType })
        .from(supportEntries)
        .innerJoin(agencies, eq(agencies.id, supportEntries.agencyId))
        .where(inArray(supportEntries.id, giverIds))
    : [];
  const memberById = new Map(members.map((member) => [member.id, member]));
  const giverById = new Map(givers.map((giver) => [giver.id, giver]));
  for (const { entry } of page) {
    if (entry.fundingSource === "donor" && entry.fundingDonor) funders.set(entry.id, { kind: "donor", name: entry.fundingDonor });
    const member = entry.fundingSource === "member" && entry.fundingAgencyId ? memberById.get(entry.fundingAgencyId) : undefined;
    if (!member) continue;
    // A pass-through names the giver's activity, as IATI traces money from one publisher to the next.
    const giver = entry.passThroughOfEntryId ? giverById.get(entry.passThroughOfEntryId) : undefined;
    const activityId = giver && publishableToIati(giver) ? iatiIdentifierOf(giver, giver) : null;
    funders.set(entry.id, { kind: "member", name: member.name, iatiRef: member.iatiRef, iatiOrgType: member.iatiOrgType, activityId });
  }
  return funders;
}

async function* iatiChunks(
  db: Queryable,
  actor: Actor,
  query: SupportListQuery,
  generatedAt: Date,
  leftOut: IatiLeftOut,
): AsyncGenerator<string> {
  const today = generatedAt.toISOString().slice(0, 10);
  const shared = await sharedIdentifiers(db, query);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${generatedAt.toISOString()}">\n`;
  if (leftOut.entries > 0) {
    yield `  ${xmlComment(`${leftOut.entries} support entries left out: their agency has no IATI organisation identifier and type yet (${leftOut.agencies.join(", ")}), and IATI refuses an activity without them.`)}\n`;
  }
  // Entries split from one activity wait for their siblings (pages go by reference), until their agency's last page.
  let held = new Map<string, ExportedEntry[]>();
  const funders = new Map<string, IatiFunder>();
  const results = new Map<string, IatiResult[]>();
  const flush = () => {
    const text = [...held.values()].map((shares) => `  ${iatiActivity({ shares: shares.sort((a, b) => a.entry.countryCode.localeCompare(b.entry.countryCode)), funders, results, today })}\n`).join("");
    held = new Map();
    funders.clear();
    results.clear();
    return text;
  };
  let agencyId: string | null = null;
  for await (const page of supportEntryPages(db, query, undefined, publishableToIati)) {
    if (agencyId !== page[0]!.agency.id && held.size > 0) yield flush();
    agencyId = page[0]!.agency.id;
    // One after the other: the export may run on one client (pg refuses queries at once on one connection).
    const pageResults = await readIatiResults(db, actor, page.map(({ entry }) => entry.id));
    const pageFunders = await readFunders(db, page);
    pageResults.forEach((value, key) => results.set(key, value));
    pageFunders.forEach((value, key) => funders.set(key, value));
    let text = "";
    for (const exported of page) {
      const key = `${exported.agency.id}|${exported.entry.iatiIdentifier}`;
      if (exported.entry.iatiIdentifier && shared.has(key)) held.set(key, [...(held.get(key) ?? []), exported]);
      else text += `  ${iatiActivity({ shares: [exported], funders, results, today })}\n`;
    }
    yield text;
    // What held entries need stays; the rest of the page's lookups go.
    const keep = new Set([...held.values()].flat().map(({ entry }) => entry.id));
    for (const id of [...funders.keys()]) if (!keep.has(id)) funders.delete(id);
    for (const id of [...results.keys()]) if (!keep.has(id)) results.delete(id);
  }
  if (held.size > 0) yield flush();
  yield "</iati-activities>\n";
}

export async function exportSupportIati(
  db: Queryable,
  actor: Actor,
  input: Record<string, unknown>,
  generatedAt = new Date(),
): Promise<{ rowCount: number; leftOut: IatiLeftOut; chunks: AsyncIterable<string> }> {
  const query = await authorizeSupportExport(db, actor, input);
  const rowCount = await countSupportRows(db, query);
  const leftOut = await leftOutOf(db, query);
  return { rowCount, leftOut, chunks: iatiChunks(db, actor, query, generatedAt, leftOut) };
}
