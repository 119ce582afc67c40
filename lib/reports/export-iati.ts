/**
 * Support entries as IATI 2.03 activities, one iati-activity per entry, so agencies can reuse in their own IATI
 * publication what Socle holds (decision 602). Written page by page as the entries are read. Facts of the
 * mapping: reporting and funding organisation the agency (its IATI identifier where known, else an empty ref);
 * implementing organisation the agency for technical support, the national working group for money; sector
 * 16010 social protection; SDG target 1.3; transactions pledged 12, committed 2, disbursed 3, spent 4.
 */
import type { Queryable } from "@/db/engine";
import type { supportStatuses, transactionTypes } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { normalizeAmount } from "@/lib/support/money";
import { xmlLegalText } from "@/lib/validation/text-characters";
import { type IatiResult, iatiResultElements, readIatiResults } from "./iati-results";
import { authorizeSupportExport, countSupportRows, type ExportedEntry, supportEntryPages } from "./support-pages";

export const iatiTransactionCodes: Record<(typeof transactionTypes)[number], string> = { pledged: "12", committed: "2", disbursed: "3", spent: "4" };

/** Delivered support is physically complete; Socle does not know when the agency closes its books (4). */
export const iatiActivityStatus: Record<(typeof supportStatuses)[number], string> = { planned: "1", ongoing: "2", delivered: "3" };

export function xmlText(value: string): string {
  // Text stored before the input rule may hold what XML 1.0 cannot (lone surrogates too): it becomes U+FFFD.
  return xmlLegalText(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const attributes = (values: Record<string, string | null | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ` ${name}="${xmlText(value!)}"`)
    .join("");

const element = (name: string, values: Record<string, string | null | undefined>, content?: string) =>
  content === undefined ? `<${name}${attributes(values)}/>` : `<${name}${attributes(values)}>${content}</${name}>`;

const narrative = (text: string, lang?: string) => element("narrative", { "xml:lang": lang }, xmlText(text));

/** An organisation's names: English as the activity's language, the others marked with theirs. */
const narratives = (name: Record<string, string | undefined>) =>
  Object.entries(name)
    .filter(([, text]) => text)
    .map(([lang, text]) => narrative(text!, lang === "en" ? undefined : lang))
    .join("");

/** The activity's identifier: the reporting organisation's identifier, then the agency's own reference. */
export function iatiIdentifier(entry: ExportedEntry): string {
  return `${entry.agency.iatiRef ?? entry.agency.acronym}-${entry.entry.reference.trim().replace(/\s+/g, "-")}`;
}

export function iatiActivity(exported: ExportedEntry, results: IatiResult[] = []): string {
  const { entry, agency, countryName, transactions } = exported;
  const financial = entry.kind === "financial";
  const agencyAttributes = { ref: agency.iatiRef ?? "", type: agency.iatiOrgType ?? "" };
  const started = entry.status !== "planned";
  const ended = entry.status === "delivered";
  const dates = [
    entry.startDate ? element("activity-date", { type: started ? "2" : "1", "iso-date": entry.startDate }) : null,
    entry.endDate ? element("activity-date", { type: ended ? "4" : "3", "iso-date": entry.endDate }) : null,
  ].filter(Boolean);
  // IATI asks for at least one date: without any, the day the entry was recorded stands as its planned start.
  if (dates.length === 0) dates.push(element("activity-date", { type: "1", "iso-date": entry.createdAt.toISOString().slice(0, 10) }));

  return [
    element("iati-activity", { "last-updated-datetime": entry.updatedAt.toISOString(), "xml:lang": "en", "default-currency": entry.currency, hierarchy: "1" }, [
      element("iati-identifier", {}, xmlText(iatiIdentifier(exported))),
      element("reporting-org", agencyAttributes, narratives(agency.name)),
      element("title", {}, narrative(entry.title)),
      element("description", { type: "1" }, narrative(entry.description || entry.title)),
      entry.deliverables ? element("description", { type: "4" }, narrative(entry.deliverables)) : "",
      element("participating-org", { ...agencyAttributes, role: "1" }, narratives(agency.name)),
      financial
        ? element("participating-org", { role: "4" }, narrative(`National social protection floor working group, ${countryName.en}`))
        : element("participating-org", { ...agencyAttributes, role: "4" }, narratives(agency.name)),
      element("activity-status", { code: iatiActivityStatus[entry.status] }),
      ...dates,
      element("recipient-country", { code: entry.countryCode, percentage: "100" }, narratives(countryName)),
      element("sector", { vocabulary: "1", code: "16010", percentage: "100" }),
      element("tag", { vocabulary: "3", code: "1.3" }),
      financial ? element("default-flow-type", { code: "10" }) + element("default-finance-type", { code: "110" }) : "",
      financial ? "" : element("default-aid-type", { code: "D02", vocabulary: "1" }),
      ...(financial
        ? transactions.map((transaction) =>
            element("transaction", {}, [
              element("transaction-type", { code: iatiTransactionCodes[transaction.type] }),
              element("transaction-date", { "iso-date": transaction.occurredOn }),
              element("value", { currency: transaction.currency, "value-date": transaction.occurredOn }, normalizeAmount(transaction.amount)),
              transaction.confirmationNote ? element("description", {}, narrative(transaction.confirmationNote)) : "",
              element("provider-org", agency.iatiRef ? { ref: agency.iatiRef } : {}, narratives(agency.name)),
            ].join("")),
          )
        : []),
      // After the transactions, as the schema orders an activity's elements.
      ...iatiResultElements(results, element, narratives),
    ].join("\n    ")),
  ].join("");
}

async function* iatiChunks(db: Queryable, actor: Actor, pages: AsyncIterable<ExportedEntry[]>, generatedAt: Date): AsyncGenerator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${generatedAt.toISOString()}">\n`;
  for await (const page of pages) {
    const results = await readIatiResults(db, actor, page.map(({ entry }) => entry.id));
    yield page.map((entry) => `  ${iatiActivity(entry, results.get(entry.entry.id))}\n`).join("");
  }
  yield "</iati-activities>\n";
}

export async function exportSupportIati(
  db: Queryable,
  actor: Actor,
  input: Record<string, unknown>,
  generatedAt = new Date(),
): Promise<{ rowCount: number; chunks: AsyncIterable<string> }> {
  const query = await authorizeSupportExport(db, actor, input);
  return { rowCount: await countSupportRows(db, query), chunks: iatiChunks(db, actor, supportEntryPages(db, query), generatedAt) };
}
