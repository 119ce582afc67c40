/**
 * The results of a support entry's IATI activity (SPF-DOMAIN-2 §5): one `<result>` per followed indicator the entry
 * is linked to, with its `<indicator>`, `<baseline>` and a `<period>` per year or period holding its targets and
 * accepted actual values (by sex as a `<dimension>`), in the order the 2.03 schema enforces. Only what the exporter
 * may read of the results goes out.
 */
import { inArray } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countryIndicators, supportEntryIndicators } from "@/db/schema";
import type { SupportResultType } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { type CountryIndicatorView, readCountryIndicators } from "@/lib/results/read-country-indicators";

export type IatiResult = { resultType: SupportResultType; followed: CountryIndicatorView };

export const iatiResultTypeCodes: Record<SupportResultType, string> = { output: "1", outcome: "2", impact: "3", other: "9" };

/** IATI's indicator measures: a share is a percentage (2); persons and other counts are units (1). */
const measureOf = (unit: CountryIndicatorView["indicator"]["unit"]) => (unit === "percent" ? "2" : "1");

/** The linked indicators of a page of entries, by entry id, through the results' sharing rule. Two reads and the results' three. */
export async function readIatiResults(db: Queryable, actor: Actor, supportEntryIds: string[]): Promise<Map<string, IatiResult[]>> {
  const byEntry = new Map<string, IatiResult[]>();
  if (supportEntryIds.length === 0) return byEntry;
  const links = await db.select().from(supportEntryIndicators).where(inArray(supportEntryIndicators.supportEntryId, supportEntryIds));
  if (links.length === 0) return byEntry;
  const followed = await readCountryIndicators(db, actor, inArray(countryIndicators.id, [...new Set(links.map((link) => link.countryIndicatorId))]));
  const byId = new Map(followed.map((view) => [view.id, view]));
  for (const link of links) {
    const view = byId.get(link.countryIndicatorId);
    if (!view) continue; // withdrawn, or kept from the exporter
    byEntry.set(link.supportEntryId, [...(byEntry.get(link.supportEntryId) ?? []), { resultType: link.resultType, followed: view }]);
  }
  // The same order as the results page: catalogue order.
  for (const results of byEntry.values()) results.sort((a, b) => followed.indexOf(a.followed) - followed.indexOf(b.followed));
  return byEntry;
}

type Element = (name: string, values: Record<string, string | null | undefined>, content?: string) => string;
type Narratives = (text: Record<string, string | undefined>) => string;

type Period = { start: string; end: string; targets: string[]; actuals: CountryIndicatorView["values"] };

/** Targets (a year, whole) and actual values (their period's dates) gathered by period, in date order. */
function periodsOf(followed: CountryIndicatorView): Period[] {
  const periods = new Map<string, Period>();
  const periodAt = (start: string, end: string) => {
    const key = `${start}/${end}`;
    if (!periods.has(key)) periods.set(key, { start, end, targets: [], actuals: [] });
    return periods.get(key)!;
  };
  for (const target of followed.targets) periodAt(`${String(target.year).padStart(4, "0")}-01-01`, `${String(target.year).padStart(4, "0")}-12-31`).targets.push(target.value);
  for (const value of followed.values) periodAt(value.periodStart, value.periodEnd).actuals.push(value);
  return [...periods.values()].sort((a, b) => (a.start === b.start ? a.end.localeCompare(b.end) : a.start.localeCompare(b.start)));
}

/** The `<result>` elements, written with the activity's own `element` and `narratives` so that text is escaped once. */
export function iatiResultElements(results: IatiResult[], element: Element, narratives: Narratives): string[] {
  return results.map(({ resultType, followed }) => {
    const { indicator, baseline } = followed;
    const comment = (text: string) => (text ? element("comment", {}, narratives({ en: text })) : "");
    const periods = periodsOf(followed).map((period) =>
      element("period", {}, [
        element("period-start", { "iso-date": period.start }),
        element("period-end", { "iso-date": period.end }),
        ...period.targets.map((value) => element("target", { value })),
        ...period.actuals.map((actual) =>
          element("actual", { value: actual.value }, [actual.sex === "total" ? "" : element("dimension", { name: "sex", value: actual.sex }), comment(actual.source)].join("")),
        ),
      ].join("")),
    );
    const title = Object.fromEntries(Object.entries(indicator.name).map(([lang, text]) => [lang, text ? `${text} (${indicator.code})` : text]));
    return element("result", { type: iatiResultTypeCodes[resultType] }, [
      element("title", {}, narratives(indicator.name)),
      element("indicator", { measure: measureOf(indicator.unit), ascending: indicator.direction === "higher_is_better" ? "1" : "0" }, [
        element("title", {}, narratives(title)),
        baseline ? element("baseline", { year: String(baseline.year), value: baseline.value }, comment(baseline.source)) : "",
        ...periods,
      ].join("")),
    ].join(""));
  });
}
