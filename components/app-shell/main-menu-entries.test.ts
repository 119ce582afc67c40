import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import type { Role } from "@/lib/permissions";
import { mainMenuEntries } from "./main-menu-entries";

function actorWith(role: Role | null): Actor {
  const memberships = role
    ? [{ role, countryCode: role === "working_group_member" ? "BJ" : null, agencyId: role === "agency_adviser" ? "agency-unicef" : null }]
    : [];
  return { userId: "user-1", email: "someone@example.org", name: "Someone", locale: null, memberships };
}

/** The menu written as a person reads it: top-level places, and a group's pages after a colon. */
function menuOf(role: Role | null): string[] {
  return mainMenuEntries(actorWith(role)).map((entry) =>
    entry.kind === "link" ? `${entry.label} ${entry.href}` : `${entry.label}: ${entry.links.map((link) => link.label).join(", ")}`,
  );
}

const everyoneReading = ["home /", "countries /countries", "review: matrix, charts, gaps, costingComparison, resultsAcross, activity", "support /support", "learning: library, trainings, experiences"];

describe("the main menu", () => {
  it("gives a coordinator every group, Administration last", () => {
    expect(menuOf("coordinator")).toEqual([...everyoneReading, "reports: summaryReport, rounds", "administration: users, agencies, framework, exchangeRates, webhooks"]);
  });

  it("gives a reviewer everything but Administration, the summary report and the reporting rounds included", () => {
    expect(menuOf("reviewer")).toEqual([...everyoneReading, "reports: summaryReport, rounds"]);
  });

  it("gives a working-group member their own country's report, not the summary they may not open, and the reporting rounds", () => {
    expect(menuOf("working_group_member")).toEqual([...everyoneReading, "reports: countryReport, rounds"]);
    expect(mainMenuEntries(actorWith("working_group_member")).find((entry) => entry.label === "reports")).toMatchObject({ links: [{ href: "/reports/countries/BJ" }, { href: "/rounds" }] });
  });

  it("gives an adviser the reporting rounds alone under Reports (an agency has no report page), and their agency's webhooks", () => {
    expect(menuOf("agency_adviser")).toEqual([...everyoneReading, "reports: rounds", "administration: webhooks"]);
  });

  it("gives a person without a role only the home page, and no empty group", () => {
    expect(menuOf(null)).toEqual(["home /"]);
  });
});
