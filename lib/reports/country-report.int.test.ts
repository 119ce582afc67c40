/**
 * The country report's open review items: requests for changes not yet answered, with their reason, on
 * milestones and steps; a milestone kept to its country shows only to those who may read it. Its inventory of
 * schemes follows the same sharing rule; its assessment matrix, the matrix's; its costing, the costing's. Each step
 * lists its latest milestones and counts them all as its reader may read them; support is summed by agency and kind,
 * a pass-through's money counted once, at its giver's.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { addScheme } from "@/lib/assessment/add-scheme";
import { withdrawScheme } from "@/lib/assessment/withdraw-scheme";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { endorseAssessment } from "@/lib/assessment/matrix/endorse";
import { getAssessmentMatrix } from "@/lib/assessment/matrix/get-matrix";
import { shareAssessment } from "@/lib/assessment/matrix/share";
import { withdrawAssessmentItem } from "@/lib/assessment/matrix/withdraw-item";
import { nationalDialogue } from "@/lib/assessment/matrix/test-helpers";
import { addPackage } from "@/lib/costing/data/add-package";
import { getCosting } from "@/lib/costing/data/get-costing";
import { costedMozambique, costingVersionOf, yearForm } from "@/lib/costing/data/inputs-test-helpers";
import { setYearFigures } from "@/lib/costing/data/set-year-figures";
import { shareCosting } from "@/lib/costing/data/share";
import { validateCosting } from "@/lib/costing/data/validate";
import { withdrawPackage } from "@/lib/costing/data/withdraw-package";
import { editMilestone } from "@/lib/progress/edit-milestone";
import { logMilestone } from "@/lib/progress/log-milestone";
import { decideReview } from "@/lib/review/decide-review";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { withdrawSupportEntry } from "@/lib/support/withdraw-support-entry";
import { agencyIdOf, createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { getCountryReport, milestonesPerStepInReport } from "./get-country-report";
import { reportedYears } from "./report-costing";

const database = useTestDatabase();
let member: Actor;
let reviewer: Actor;

beforeAll(async () => {
  member = await createPerson(database, { role: "working_group_member", countryCode: "DZ" });
  reviewer = await createPerson(database, { role: "reviewer" });
});

describe("open review items in the country report", () => {
  it("lists each request for changes until the working group answers it, and hides unshared milestones from outsiders", async () => {
    const step = await stepOf(database.db, "DZ", "awareness");
    const shared = await logMilestone(database.db, member, { countryStepId: step.id, title: "Forum on the floor", occurredOn: "2025-01-10", sharingLevel: "all" });
    const kept = await logMilestone(database.db, member, { countryStepId: step.id, title: "Internal note", occurredOn: "2025-01-11" });
    const coordinator = await createPerson(database, { role: "coordinator" });
    await decideReview(database.db, reviewer, { subjectType: "milestone", subjectId: shared.id, version: 1, decision: "changes_requested", reason: "Add the attendance list" });
    await decideReview(database.db, coordinator, { subjectType: "milestone", subjectId: kept.id, version: 1, decision: "changes_requested", reason: "Say who wrote it" });
    await decideReview(database.db, reviewer, { subjectType: "country_step", subjectId: step.id, version: step.version, decision: "changes_requested", reason: "Which ministries took part?" });

    const forMember = (await getCountryReport(database.db, member, "DZ")).reviewItems;
    expect(forMember.map((item) => [item.subjectType, item.title, item.reason])).toEqual([
      ["milestone", "Forum on the floor", "Add the attendance list"],
      ["milestone", "Internal note", "Say who wrote it"],
      ["country_step", null, "Which ministries took part?"],
    ]);
    const forReviewer = (await getCountryReport(database.db, reviewer, "DZ")).reviewItems;
    expect(forReviewer.map((item) => item.reason)).toEqual(["Add the attendance list", "Which ministries took part?"]);

    // Editing the milestone answers the request: it goes back to review and leaves the list.
    await editMilestone(database.db, member, { milestoneId: shared.id, version: 1, title: "Forum on the floor, with attendance", occurredOn: "2025-01-10" });
    expect((await getCountryReport(database.db, member, "DZ")).reviewItems.map((item) => item.reason)).toEqual(["Say who wrote it", "Which ministries took part?"]);
  });
});

describe("the inventory in the country report", () => {
  it("shows the live schemes the reader may read, by national name", async () => {
    await addScheme(database.db, member, { countryCode: "DZ", nationalName: "Allocation forfaitaire de solidarité", guarantees: ["older_persons"], status: "in_force", sharingLevel: "all" });
    await addScheme(database.db, member, { countryCode: "DZ", nationalName: "Draft scheme KEPT-MARKER", guarantees: ["children"], status: "planned" });
    const gone = await addScheme(database.db, member, { countryCode: "DZ", nationalName: "Duplicate entry", guarantees: ["health"], status: "in_force", sharingLevel: "all" });
    await withdrawScheme(database.db, member, { id: gone.id, version: 1, reason: "Recorded twice" });

    const names = async (actor: Actor) => (await getCountryReport(database.db, actor, "DZ")).schemes.map((scheme) => scheme.nationalName);
    expect(await names(member)).toEqual(["Allocation forfaitaire de solidarité", "Draft scheme KEPT-MARKER"]);
    expect(await names(reviewer)).toEqual(["Allocation forfaitaire de solidarité"]);
  });
});

describe("the assessment matrix in the country report", () => {
  it("shows each guarantee's schemes and items in order, the latest endorsed version, and nothing of a kept matrix to outsiders", async () => {
    const db = database.db;
    const item = (fields: Record<string, unknown>) => addAssessmentItem(db, member, { countryCode: "DZ", ...fields });
    await item({ guarantee: "older_persons", section: "policy_gap", statement: "Informal workers retire without a pension" });
    await item({ guarantee: "older_persons", section: "implementation_issue", statement: "Payments reach rural areas late" });
    const proposal = await item({ guarantee: "older_persons", section: "recommendation", statement: "Raise the solidarity allowance", recommendationKind: "benefit_coverage", priority: "high" });
    const gone = await item({ guarantee: "health", section: "policy_gap", statement: "Recorded twice" });
    await withdrawAssessmentItem(db, member, { id: gone.id, version: 1, reason: "Duplicate" });

    const before = (await getCountryReport(db, member, "DZ")).assessment;
    expect(before).toMatchObject({ readable: true, itemCount: 3, latestVersion: null, changedSinceEndorsed: null });
    const olderPersons = before.blocks.find((block) => block.guarantee === "older_persons")!;
    expect(olderPersons.schemes.map((scheme) => scheme.nationalName)).toEqual(["Allocation forfaitaire de solidarité"]);
    expect(olderPersons.sections.policy_gap.map((one) => one.statement)).toEqual(["Informal workers retire without a pension"]);
    expect(olderPersons.sections.implementation_issue.map((one) => one.statement)).toEqual(["Payments reach rural areas late"]);
    expect(olderPersons.sections.recommendation.map((one) => [one.statement, one.recommendationKind, one.priority, one.status])).toEqual([
      ["Raise the solidarity allowance", "benefit_coverage", "high", "proposed"],
    ]);
    expect(before.blocks.find((block) => block.guarantee === "health")!.sections.policy_gap).toEqual([]);

    const step = await stepOf(db, "DZ", "policy_options");
    const dialogue = await logMilestone(db, member, { countryStepId: step.id, title: "Dialogue national", occurredOn: "2026-03-18", links: [{ url: "https://example.org/pv" }] });
    const { version } = await getAssessmentMatrix(db, member, "DZ");
    await endorseAssessment(db, member, { countryCode: "DZ", version, milestoneId: dialogue.id, recommendationIds: [proposal.id] });
    const after = (await getCountryReport(db, await createPerson(database, { role: "coordinator" }), "DZ")).assessment;
    expect(after).toMatchObject({ latestVersion: { number: 1, endorsedOn: "2026-03-18" }, changedSinceEndorsed: false });
    expect(after.blocks.find((block) => block.guarantee === "older_persons")!.sections.recommendation[0]!.status).toBe("endorsed");

    // Kept to Algeria (the default): a reviewer's report says so and holds no item.
    const kept = (await getCountryReport(db, reviewer, "DZ")).assessment;
    expect(kept).toMatchObject({ readable: false, itemCount: 0, latestVersion: null });
    expect(JSON.stringify(kept)).not.toContain("solidarity allowance");
    await shareAssessment(db, member, { countryCode: "DZ", version: version + 1, sharingLevel: "all" });
    expect((await getCountryReport(db, reviewer, "DZ")).assessment).toMatchObject({ readable: true, itemCount: 3, latestVersion: { number: 1 } });
  });
});

describe("the costing in the country report", () => {
  it("shows the frame, each live package in the base, middle and horizon years and the latest validated version; nothing to whom may not read it", async () => {
    const db = database.db;
    const mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
    expect((await getCountryReport(db, mozambique, "MZ")).costing).toBeNull();
    const { childGrant, lowOption } = await costedMozambique(database, mozambique);
    const withdrawn = await addPackage(db, mozambique, { countryCode: "MZ", name: "Child grant alone", scenarioIds: [childGrant] });
    await withdrawPackage(db, mozambique, { id: withdrawn.id, version: withdrawn.version, reason: "Kept in the low option" });

    const draft = (await getCountryReport(db, mozambique, "MZ")).costing!;
    expect(draft).toMatchObject({ frame: { baseYear: 2025, horizonYear: 2030, currency: "MZN" }, years: [2025, 2027, 2030], latestVersion: null, changedSinceValidated: null });
    // The package page's own figures for those years, none of them unknown.
    const { packages } = await getCosting(db, mozambique, "MZ");
    const shown = packages[0]!.rows.filter((row) => draft.years.includes(row.year)).map(({ year, totalCost, shareOfGdp }) => ({ year, totalCost, shareOfGdp }));
    expect(draft.packages).toEqual([{ id: lowOption, name: "Low option", years: shown }]);
    expect(shown.flatMap((row) => [row.totalCost, row.shareOfGdp])).not.toContain(null);

    const milestoneId = await nationalDialogue(database, mozambique, { occurredOn: "2025-09-18", title: "National dialogue on the costing" });
    await validateCosting(db, mozambique, { countryCode: "MZ", version: await costingVersionOf(database), milestoneId });
    const coordinator = await createPerson(database, { role: "coordinator" });
    expect((await getCountryReport(db, coordinator, "MZ")).costing).toMatchObject({ latestVersion: { number: 1, validatedOn: "2025-09-18" }, changedSinceValidated: false });
    await setYearFigures(db, mozambique, { countryCode: "MZ", version: await costingVersionOf(database), years: [yearForm(2027, { gdp: "1 300 000 000 000" })] });
    expect((await getCountryReport(db, coordinator, "MZ")).costing).toMatchObject({ latestVersion: { number: 1 }, changedSinceValidated: true });

    // Kept to Mozambique (the default): a reviewer's report has no costing at all; shared, it has.
    expect((await getCountryReport(db, reviewer, "MZ")).costing).toBeNull();
    await shareCosting(db, mozambique, { countryCode: "MZ", version: await costingVersionOf(database), sharingLevel: "all" });
    expect((await getCountryReport(db, reviewer, "MZ")).costing).toMatchObject({ packages: [{ name: "Low option" }], latestVersion: { number: 1 } });
  });

  it("names the base, middle and horizon years once each, however short the frame", () => {
    expect(reportedYears({ baseYear: 2025, horizonYear: 2040 })).toEqual([2025, 2032, 2040]);
    expect(reportedYears({ baseYear: 2025, horizonYear: 2026 })).toEqual([2025, 2026]);
    expect(reportedYears({ baseYear: 2025, horizonYear: 2025 })).toEqual([2025]);
  });
});

describe("the milestones in the country report", () => {
  it("lists each step's latest milestones, newest first, and counts every one its reader may read", async () => {
    const db = database.db;
    const step = await stepOf(db, "DZ", "monitoring");
    const shared = milestonesPerStepInReport + 2;
    for (let day = 1; day <= shared; day++) {
      await logMilestone(db, member, { countryStepId: step.id, title: `Consultation ${day}`, occurredOn: `2025-02-${String(day).padStart(2, "0")}`, sharingLevel: "all" });
    }
    await logMilestone(db, member, { countryStepId: step.id, title: "Kept minutes", occurredOn: "2025-03-01" });

    const stepIn = async (actor: Actor) => (await getCountryReport(db, actor, "DZ")).steps.find((one) => one.id === step.id)!;
    const forMember = await stepIn(member);
    expect(forMember.milestoneCount).toBe(shared + 1);
    expect(forMember.milestones.map((milestone) => milestone.title)).toEqual([
      "Kept minutes",
      ...Array.from({ length: milestonesPerStepInReport - 1 }, (_, index) => `Consultation ${shared - index}`),
    ]);
    // The reviewer reads what is shared with all: neither the kept milestone nor its count.
    const forReviewer = await stepIn(reviewer);
    expect(forReviewer.milestoneCount).toBe(shared);
    expect(forReviewer.milestones.map((milestone) => milestone.title)).toEqual(
      Array.from({ length: milestonesPerStepInReport }, (_, index) => `Consultation ${shared - index}`),
    );
    expect(JSON.stringify(await getCountryReport(db, reviewer, "DZ"))).not.toContain("Kept minutes");
  });
});

describe("support in the country report", () => {
  it("sums each agency's support by kind and currency, and counts a pass-through's money once, at its giver's", async () => {
    const db = database.db;
    const [unicefId, iloId] = await Promise.all([agencyIdOf(db, "UNICEF"), agencyIdOf(db, "ILO")]);
    const unicef = await createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" });
    const ilo = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
    const entry = (agencyId: string, fields: Record<string, unknown>) => ({ countryCode: "BJ", agencyId, status: "ongoing", ...fields });
    const money = async (actor: Actor, id: string, flows: [string, string][]) => {
      for (const [type, amount] of flows) await addSupportTransaction(db, actor, { supportEntryId: id, type, amount, occurredOn: "2026-02-01" });
    };
    const grant = await addSupportEntry(db, unicef, entry(unicefId, { kind: "financial", title: "Child grant pilot", amount: "500000", currency: "USD" }));
    await money(unicef, grant.id, [["committed", "300000"], ["disbursed", "120000.50"], ["pledged", "50000"]]);
    const second = await addSupportEntry(db, unicef, entry(unicefId, { kind: "financial", title: "Registry", amount: "80000", currency: "USD" }));
    await money(unicef, second.id, [["committed", "80000"]]);
    const euros = await addSupportEntry(db, unicef, entry(unicefId, { kind: "financial", title: "Cash plus", amount: "40000", currency: "EUR" }));
    await money(unicef, euros.id, [["committed", "40000"], ["disbursed", "10000"]]);
    await addSupportEntry(db, unicef, entry(unicefId, { kind: "technical", title: "Costing advice", technicalCategory: "costing_modelling" }));
    const gone = await addSupportEntry(db, unicef, entry(unicefId, { kind: "financial", title: "Recorded twice", amount: "1", currency: "USD" }));
    await money(unicef, gone.id, [["committed", "999"]]);
    await withdrawSupportEntry(db, unicef, { id: gone.id, version: 1, reason: "Duplicate" });
    // ILO passes on part of UNICEF's grant: listed under ILO, its money counted at UNICEF's entry only.
    const passed = await addSupportEntry(
      db,
      ilo,
      entry(iloId, { kind: "financial", title: "ILO's part", amount: "100000", currency: "USD", fundingSource: "member", fundingAgencyId: unicefId, passThroughOfEntryId: grant.id }),
    );
    await money(ilo, passed.id, [["committed", "100000"]]);
    const iloOwn = await addSupportEntry(db, ilo, entry(iloId, { kind: "financial", title: "ILO's own", amount: "5000", currency: "USD" }));
    await money(ilo, iloOwn.id, [["committed", "5000"], ["disbursed", "5000"]]);
    // A financial entry without a transaction yet: listed, with nothing committed or disbursed in its currency.
    await addSupportEntry(db, ilo, entry(iloId, { kind: "financial", title: "ILO's grant to come", amount: "7000", currency: "EUR" }));

    const report = await getCountryReport(db, await createPerson(database, { role: "coordinator" }), "BJ");
    const amount = (text: string) => Number(text);
    expect(
      report.supportByAgency.map((group) => [group.agencyAcronym, group.kind, group.entries, group.money.map((row) => [row.currency, amount(row.committed), amount(row.disbursed)])]),
    ).toEqual([
      ["ILO", "financial", 3, [["EUR", 0, 0], ["USD", 5000, 5000]]],
      ["UNICEF", "financial", 3, [["EUR", 40000, 10000], ["USD", 380000, 120000.5]]],
      ["UNICEF", "technical", 1, []],
    ]);
    expect(report.totals.map((row) => [row.currency, amount(row.committed), amount(row.disbursed)])).toEqual([
      ["EUR", 40000, 10000],
      ["USD", 385000, 125000.5],
    ]);
    expect(report.funding.perCurrency.map((row) => [row.currency, amount(row.committed), amount(row.pledged)])).toEqual([
      ["EUR", 40000, 0],
      ["USD", 385000, 50000],
    ]);
    expect(report.funding.passedOnFrom).toEqual([passed.id]);
  });
});
