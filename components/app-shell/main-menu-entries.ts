/** What the main menu offers a person: a few top-level places and groups of related pages, each shown only to a role that may open it. */
import type { Actor } from "@/lib/actor";
import { mayEverDo, scopeOf } from "@/lib/permissions";

/** Labels are keys of the "nav" catalogue namespace. */
type LinkLabel =
  | "home"
  | "countries"
  | "matrix"
  | "charts"
  | "gaps"
  | "costingComparison"
  | "resultsAcross"
  | "activity"
  | "support"
  | "library"
  | "trainings"
  | "experiences"
  | "summaryReport"
  | "countryReport"
  | "rounds"
  | "users"
  | "agencies"
  | "framework"
  | "exchangeRates"
  | "webhooks";
type GroupLabel = "review" | "learning" | "reports" | "administration";

export type MenuLink = { href: string; label: LinkLabel };
export type MenuEntry = ({ kind: "link" } & MenuLink) | { kind: "group"; label: GroupLabel; links: MenuLink[] };

export function mainMenuEntries(actor: Actor): MenuEntry[] {
  const reads = mayEverDo(actor, "country.read");
  const shown = (links: (MenuLink & { show: boolean })[]) => links.filter((link) => link.show).map(({ href, label }) => ({ href, label }));
  const entries: (MenuEntry | null)[] = [
    { kind: "link", href: "/", label: "home" },
    reads ? { kind: "link", href: "/countries", label: "countries" } : null,
    group("review", shown([
      { href: "/matrix", label: "matrix", show: reads },
      { href: "/charts", label: "charts", show: reads },
      { href: "/assessment/gaps", label: "gaps", show: reads },
      { href: "/costing", label: "costingComparison", show: reads },
      { href: "/results", label: "resultsAcross", show: reads },
      { href: "/activity", label: "activity", show: reads },
    ])),
    mayEverDo(actor, "support.read") ? { kind: "link", href: "/support", label: "support" } : null,
    group("learning", shown([
      { href: "/library", label: "library", show: reads },
      { href: "/trainings", label: "trainings", show: reads },
      { href: "/experiences", label: "experiences", show: reads },
    ])),
    // Reporting rounds are read by everyone signed in, as the matrix is (decision 2040).
    group("reports", [...reportLinks(actor), ...(reads ? [{ href: "/rounds", label: "rounds" as const }] : [])]),
    group("administration", shown([
      { href: "/admin/users", label: "users", show: mayEverDo(actor, "user.manage") },
      { href: "/admin/agencies", label: "agencies", show: mayEverDo(actor, "agency.manage") },
      { href: "/admin/framework", label: "framework", show: mayEverDo(actor, "framework.manage") },
      { href: "/admin/exchange-rates", label: "exchangeRates", show: mayEverDo(actor, "exchangeRate.manage") },
      { href: "/settings/webhooks", label: "webhooks", show: mayEverDo(actor, "webhook.manage") },
    ])),
  ];
  return entries.filter((entry) => entry !== null);
}

/** A group with nothing the person may open is left out rather than shown empty. */
function group(label: GroupLabel, links: MenuLink[]): MenuEntry | null {
  return links.length > 0 ? { kind: "group", label, links } : null;
}

/**
 * Reports: the summary across countries for who may export everywhere; a working group's own country report
 * otherwise (the summary would answer 403). An adviser's scope is an agency, which has no report page yet.
 */
function reportLinks(actor: Actor): MenuLink[] {
  const scope = scopeOf(actor, "report.export");
  if (scope === "any") return [{ href: "/reports", label: "summaryReport" }];
  const [country] = scope.countryCodes;
  return country ? [{ href: `/reports/countries/${country}`, label: "countryReport" }] : [];
}
