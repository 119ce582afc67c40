/** Every page of Socle a person of each role opens, for the checks that walk them all (axe, the keyboard). */
import type { Page } from "@playwright/test";

export type Visitor = { role: "coordinator" | "working_group_member" | "agency_adviser" | "reviewer"; countryCode?: string; agencyAcronym?: string };

export const visitors: Visitor[] = [
  { role: "coordinator" },
  { role: "working_group_member", countryCode: "RW" },
  { role: "agency_adviser", agencyAcronym: "UNICEF" },
  { role: "reviewer" },
];

/** The working group's own forms, which a coordinator's pages do not include. */
export const memberOnlyPages = ["/countries/RW/support/needs/new", "/countries/RW/trainings/new", "/experiences/new?country=RW&step=costing_financing", "/countries/RW/schemes/new", "/countries/RW/schemes/import", "/countries/RW/assessment/items/new?guarantee=children&section=recommendation", "/countries/RW/assessment/endorse", "/countries/RW/costing/frame", "/countries/RW/costing/years", "/countries/RW/costing/population", "/countries/RW/results/follow", "/countries/RW/results/national/new", "/countries/RW/plan/steps", "/countries/RW/plan/milestones/new"];

/** Pages every role opens, then the ones only some roles may open (the others get a 403 page, checked too). */
export async function pagesFor(page: Page, visitor: Visitor): Promise<string[]> {
  await page.goto("/countries/RW");
  const stepHref = await page.locator('a[href^="/countries/RW/steps/"]').first().getAttribute("href");
  const pages = ["/", "/countries", "/countries/RW", stepHref!, "/countries/RW/timeline", "/countries/RW/support", "/support/counting", "/countries/RW/schemes", "/countries/RW/assessment", "/countries/RW/costing", "/countries/RW/results", "/countries/RW/plan", "/countries/RW/plan/history", "/support", "/profile", "/profile/two-factor"];
  // Reports: everyone reads the summary; the country report for those who may export Rwanda's progress.
  pages.push("/reports");
  if (visitor.role !== "agency_adviser") pages.push("/reports/countries/RW");
  // Reporting rounds: everyone reads them; coordinators open them.
  pages.push("/rounds");
  if (visitor.role === "coordinator") pages.push("/rounds/new");
  // The library (a resource's page too), search with results, trainings, experience write-ups.
  await page.goto("/library");
  const resourceHref = await page.locator('a[href^="/library/"]:not([href="/library/new"])').first().getAttribute("href");
  pages.push("/library", resourceHref!, "/search?q=actuarial", "/trainings", "/countries/RW/trainings", "/experiences");
  if (visitor.role === "coordinator") {
    pages.push("/admin/users", "/admin/agencies", "/admin/countries/new", "/admin/framework", "/support/new", "/support/import", "/support/import/iati", "/library/new", "/results/import", "/results/indicators/new");
    pages.push("/admin/exchange-rates", "/admin/exchange-rates/new", "/admin/exchange-rates/import", "/admin/exchange-rates/settings");
    // A country's public page: the quality check, the switch and the embed snippet (decision 2200).
    pages.push("/countries/RW/publication");
  }
  if (visitor.role === "agency_adviser") pages.push("/support/new", "/support/import", "/support/import/iati", "/library/new", "/countries/RW/trainings/new");
  // Webhooks: coordinators and advisers register their own (decision 2210); a reviewer meets the 403 page.
  pages.push("/settings/webhooks");
  if (visitor.role === "working_group_member") pages.push(...memberOnlyPages);
  // Across countries: the matrix (filtered, and as of a past day), what changed, charts, the gaps (filtered, one filter
  // ignored), the validated costings, the feed and the countries it follows, notifications and their choices.
  pages.push("/matrix", "/matrix?region=africa&status=completed&asOf=2026-01-01", "/matrix/changes?from=2026-01-01&to=2026-06-30", "/charts");
  pages.push("/assessment/gaps", "/assessment/gaps?guarantee=children&region=atlantis", "/costing", "/results", "/results?series=SI_COV_PENSN&sort=value&dir=desc", "/results/indicators", "/activity", "/activity/following", "/notifications");
  if (visitor.role === "reviewer") pages.push("/admin/users", "/countries/RW/publication");
  return pages;
}
