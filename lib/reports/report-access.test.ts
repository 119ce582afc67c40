import { describe, expect, it } from "vitest";
import type { Actor, Membership } from "@/lib/actor";
import { authorizeCountryReport, authorizeSummaryReport } from "./report-access";

const person = (...memberships: Membership[]): Actor => ({ userId: "u", email: "u@example.org", name: "U", locale: null, memberships });
const coordinator = person({ role: "coordinator", countryCode: null, agencyId: null });
const reviewer = person({ role: "reviewer", countryCode: null, agencyId: null });
const senegalGroup = person({ role: "working_group_member", countryCode: "SN", agencyId: null });
const adviser = person({ role: "agency_adviser", countryCode: null, agencyId: "agency-ilo" });
const noRole = person();

describe("who may read a report, asked before a PDF is rendered", () => {
  it("lets coordinators and reviewers read the summary and every country's report", () => {
    for (const actor of [coordinator, reviewer]) {
      expect(() => authorizeSummaryReport(actor)).not.toThrow();
      expect(authorizeCountryReport(actor, "bj")).toBe("BJ");
    }
  });

  it("lets a working group read its own country's report only", () => {
    expect(authorizeCountryReport(senegalGroup, "SN")).toBe("SN");
    expect(() => authorizeCountryReport(senegalGroup, "BJ")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => authorizeSummaryReport(senegalGroup)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("refuses advisers (their own agency's support is an export, not a report) and people without a role", () => {
    for (const actor of [adviser, noRole]) {
      expect(() => authorizeSummaryReport(actor)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
      expect(() => authorizeCountryReport(actor, "SN")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    }
  });

  it("finds no report for a code that is not two letters, whoever asks", () => {
    expect(() => authorizeCountryReport(coordinator, 'S"N')).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(() => authorizeCountryReport(coordinator, "SN/../admin")).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
  });
});
