/**
 * No leaks: a marker planted in what Thailand's working group keeps to itself (a milestone and its link, a
 * link on a shared milestone, a milestone taken back after a reviewer commented, a coordinator's comment on
 * it, an experience write-up published to the country only and a draft, a milestone on which a coordinator
 * requested changes, a scheme of its inventory, an item of its assessment matrix and the version that froze it, the
 * sources of its costing's figures, a package of the version its dialogue validated, one of its scenarios) is searched for in every output a person reads: CSV and XLSX exports, IATI XML,
 * the JSON API's lists, the costing and the costing across countries, a costing's scenario and its history, the matrix and its changes, the gaps across countries, the activity feed, notifications, search, the write-ups' list and a step's
 * "how other countries did it", the country and summary reports (the summary's API, CSV and XLSX too; and the country report's costing section alone), and each person's home.
 * Outsiders (another country's member, a reviewer, an adviser) never find it; insiders do, so each probe can fail.
 */
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint } from "@/db/fingerprint";
import type { Actor } from "@/lib/actor";
import { getActivityFeed } from "@/lib/activity/get-activity-feed";
import { addPackage } from "@/lib/costing/data/add-package";
import { addScenario } from "@/lib/costing/data/add-scenario";
import { listValidatedCostings } from "@/lib/costing/data/cross-country";
import { getCosting } from "@/lib/costing/data/get-costing";
import { getCostingScenario } from "@/lib/costing/data/get-scenario";
import { listCostingHistory } from "@/lib/costing/data/history";
import { costingVersionOf } from "@/lib/costing/data/inputs-test-helpers";
import { childGrant } from "@/lib/costing/data/scenario-test-helpers";
import { validateCosting } from "@/lib/costing/data/validate";
import { setCostingFrame } from "@/lib/costing/data/set-frame";
import { setYearFigures } from "@/lib/costing/data/set-year-figures";
import { addScheme } from "@/lib/assessment/add-scheme";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { getAssessmentGaps } from "@/lib/assessment/matrix/gaps";
import { endorseAssessment } from "@/lib/assessment/matrix/endorse";
import { listExperiences } from "@/lib/experiences/list-experiences";
import { publishExperience } from "@/lib/experiences/publish-experience";
import { writeExperience } from "@/lib/experiences/write-experience";
import { getStepLearning } from "@/lib/learning/get-step-learning";
import { chooseFollowedCountries } from "@/lib/activity/choose-followed-countries";
import type { HttpMethod } from "@/lib/api/endpoint";
import { findEndpoint } from "@/lib/api/endpoints";
import { handleApiRequest } from "@/lib/api/handle-api-request";
import { AppError } from "@/lib/errors";
import { getHome } from "@/lib/home/get-home";
import { getProgressMatrix } from "@/lib/matrix/get-progress-matrix";
import { listMatrixChanges } from "@/lib/matrix/list-matrix-changes";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { editMilestone } from "@/lib/progress/edit-milestone";
import { logMilestone } from "@/lib/progress/log-milestone";
import { exportSupportIati } from "@/lib/reports/export-iati";
import { type ExportName, exportTables } from "@/lib/reports/exports";
import { getCountryReport } from "@/lib/reports/get-country-report";
import { getSummaryReport } from "@/lib/reports/get-summary-report";
import { csvStream } from "@/lib/reports/write-csv-stream";
import { xlsxStream } from "@/lib/reports/write-xlsx-stream";
import { commentOnReview } from "@/lib/review/comment-on-review";
import { decideReview } from "@/lib/review/decide-review";
import { searchEverything } from "@/lib/search/search-everything";
import { getProgressCharts } from "@/lib/charts/get-progress-charts";
import { getFundingOverview } from "@/lib/funding/totals/get-funding-overview";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { getCountrySupport } from "@/lib/support/get-country-support";
import { getSupportEntry } from "@/lib/support/get-support-entry";
import { createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";

// One word, so full-text search finds it as a whole.
const marker = `zqleak${randomBytes(4).toString("hex")}`;
const today = new Date().toISOString().slice(0, 10);

const database = useTestDatabase();
let thai: Actor, thaiColleague: Actor, coordinator: Actor, mozambique: Actor, reviewer: Actor, adviser: Actor;
let keptItem: string, keptScenario: string;

beforeAll(async () => {
  const { db } = database;
  thai = await createPerson(database, { role: "working_group_member", countryCode: "TH" });
  thaiColleague = await createPerson(database, { role: "working_group_member", countryCode: "TH" });
  coordinator = await createPerson(database, { role: "coordinator" });
  mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  reviewer = await createPerson(database, { role: "reviewer" });
  adviser = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
  await chooseFollowedCountries(db, mozambique, { countryCodes: ["MZ", "TH"] });
  const step = await stepOf(db, "TH", "costing_financing");

  // Kept to the country, with its link.
  const budgetTalks = await logMilestone(db, thai, {
    countryStepId: step.id,
    title: `Budget talks ${marker}`,
    occurredOn: "2025-05-02",
    description: `Notes ${marker}`,
    links: [{ url: `https://example.org/notes-${marker}`, title: `Minutes ${marker}` }],
  });
  // Shared, but its link is kept to the country.
  await logMilestone(db, thai, {
    countryStepId: step.id,
    title: "Costing workshop held",
    occurredOn: "2025-05-03",
    sharingLevel: "all",
    links: [{ url: `https://example.org/annex-${marker}`, title: `Annex ${marker}` }],
  });
  // Shared at first: a reviewer comments; then renamed and kept to the country; a coordinator comments on it.
  const takenBack = await logMilestone(db, thai, { countryStepId: step.id, title: "Decree drafting started", occurredOn: "2025-05-04", sharingLevel: "all" });
  await commentOnReview(db, reviewer, { subjectType: "milestone", subjectId: takenBack.id, body: "Who drafts it?" });
  await editMilestone(db, thai, { milestoneId: takenBack.id, version: 1, title: `Decree ${marker}`, occurredOn: "2025-05-04", description: "", sharingLevel: "country" });
  await commentOnReview(db, coordinator, { subjectType: "milestone", subjectId: takenBack.id, body: `Please attach the draft ${marker}` });
  // A write-up published to the country only, and one still a draft.
  const experience = { countryCode: "TH", stepKey: "costing_financing", language: "en", whatWasDone: `What we did ${marker}` };
  const kept = await writeExperience(db, thai, { ...experience, title: `Costing story ${marker}` });
  await publishExperience(db, thai, { experienceId: kept.id, version: 1, sharingLevel: "country" });
  await writeExperience(db, thai, { ...experience, title: `Draft story ${marker}` });
  // Kept to the country, with changes requested by a coordinator: on the working group's home (on another step, so the matrix counts above hold).
  const asked = await logMilestone(db, thai, { countryStepId: (await stepOf(db, "TH", "monitoring")).id, title: `Indicators ${marker}`, occurredOn: "2025-05-05" });
  await decideReview(db, coordinator, { subjectType: "milestone", subjectId: asked.id, version: 1, decision: "changes_requested", reason: "Name the sources" });
  // A scheme of the inventory, kept to the country (the default).
  await addScheme(db, thai, { countryCode: "TH", nationalName: `Child support grant ${marker}`, eligibility: `Households ${marker}`, guarantees: ["children"], status: "pilot" });
  // An item of the assessment matrix, kept to the country (the matrix's default), endorsed at the budget talks: version 1 holds it too.
  keptItem = (await addAssessmentItem(db, thai, { countryCode: "TH", guarantee: "children", section: "policy_gap", statement: `No child benefit ${marker}`, details: `Survey ${marker}` })).id;
  await endorseAssessment(db, thai, { countryCode: "TH", version: 1, milestoneId: budgetTalks.id, recommendationIds: [] });
  // A costing, kept to the country (its default), whose population and GDP name their sources.
  await setCostingFrame(db, thai, { countryCode: "TH", version: 0, baseYear: 2025, horizonYear: 2030, currency: "THB", populationSource: `NESDC ${marker}` });
  await setYearFigures(db, thai, { countryCode: "TH", version: 1, years: [{ year: 2025, gdp: "18 000 000 000 000", gdpSource: `Bank of Thailand ${marker}` }] });
  // Validated at the budget talks, with a package named by the marker: the costing across countries lists it. Then a
  // scenario named by it, read on its own page and in the costing's history.
  const grant = await addScenario(db, thai, childGrant({ countryCode: "TH", name: "Child support grant" }));
  await addPackage(db, thai, { countryCode: "TH", name: `Package ${marker}`, scenarioIds: [grant.id] });
  await validateCosting(db, thai, { countryCode: "TH", version: await costingVersionOf(database, "TH"), milestoneId: budgetTalks.id });
  keptScenario = (await addScenario(db, thai, childGrant({ countryCode: "TH", name: `Child support grant 0–3 ${marker}` }))).id;
});

async function streamText(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

async function xlsxText(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
  return cells.join("\n");
}

/** A refusal shows nothing; anything else that fails is a failure of the test. */
async function shown(read: () => Promise<unknown>): Promise<string> {
  try {
    const result = await read();
    return typeof result === "string" ? result : JSON.stringify(result);
  } catch (error) {
    if (error instanceof AppError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) return "";
    throw error;
  }
}

async function api(actor: Actor, method: HttpMethod, path: string, url: string, params: Record<string, string> = {}) {
  const request = new Request(`http://socle.test/api/v1${url}`, { method, headers: { host: "socle.test" } });
  const answer = await handleApiRequest(findEndpoint(method, path), request, params, {
    db: database.db,
    authenticate: async () => ({ actor, via: "session" }),
  });
  return answer.body;
}

const exportOptions = { locale: "en" as const, origin: "http://socle.test" };
const csvExports: ExportName[] = ["milestones", "steps", "needs", "support", "schemes"];

/** Every output, as the text a person would read. */
const outputs: Record<string, (actor: Actor) => Promise<string>> = {
  "CSV exports": async (actor) => {
    const texts = [];
    for (const name of csvExports) {
      for (const filter of [{ country: "TH" }, {}]) {
        texts.push(await shown(async () => (await streamText(csvStream((await exportTables(database.db, actor, name, filter, exportOptions)).tables[0]!))).toString("utf8")));
      }
    }
    return texts.join("\n");
  },
  "XLSX export": async (actor) =>
    shown(async () => xlsxText(await streamText(xlsxStream((await exportTables(database.db, actor, "all", { country: "TH" }, exportOptions)).tables)))),
  "assessment matrix's CSV and XLSX": async (actor) =>
    (
      await Promise.all([
        shown(async () => (await streamText(csvStream((await exportTables(database.db, actor, "assessment", { country: "TH" }, { ...exportOptions, format: "csv" })).tables[0]!))).toString("utf8")),
        shown(async () => xlsxText(await streamText(xlsxStream((await exportTables(database.db, actor, "assessment", { country: "TH" }, { ...exportOptions, format: "xlsx" })).tables)))),
      ])
    ).join("\n"),
  "IATI XML": async (actor) =>
    shown(async () => {
      let xml = "";
      for await (const chunk of (await exportSupportIati(database.db, actor, { country: "TH" })).chunks) xml += chunk;
      return xml;
    }),
  "JSON API lists": async (actor) =>
    (
      await Promise.all([
        shown(() => api(actor, "GET", "/milestones", "/milestones?country=TH&limit=200")),
        shown(() => api(actor, "GET", "/milestones", "/milestones?limit=200")),
        shown(() => api(actor, "GET", "/countries/{code}/steps", "/countries/TH/steps", { code: "TH" })),
        shown(() => api(actor, "GET", "/support-entries", "/support-entries?country=TH")),
        shown(() => api(actor, "GET", "/needs", "/needs?country=TH")),
        shown(() => api(actor, "GET", "/countries/{code}/schemes", "/countries/TH/schemes", { code: "TH" })),
        shown(() => api(actor, "GET", "/countries/{code}/assessment", "/countries/TH/assessment", { code: "TH" })),
        shown(() => api(actor, "GET", "/countries/{code}/assessment/versions/{number}", "/countries/TH/assessment/versions/1", { code: "TH", number: "1" })),
        shown(() => api(actor, "GET", "/assessment/items/{id}", `/assessment/items/${keptItem}`, { id: keptItem })),
        shown(() => api(actor, "GET", "/assessment/items/{id}/history", `/assessment/items/${keptItem}/history`, { id: keptItem })),
        shown(() => api(actor, "GET", "/experiences", "/experiences?limit=200")),
        shown(() => api(actor, "GET", "/experiences", "/experiences?country=TH&state=draft")),
        shown(() => api(actor, "GET", "/matrix", "/matrix")),
        shown(() => api(actor, "GET", "/matrix/changes", `/matrix/changes?from=${today}&to=${today}`)),
      ])
    ).join("\n"),
  costing: async (actor) => shown(() => getCosting(database.db, actor, "TH")),
  "costing across countries, its API and its exports": async (actor) =>
    (
      await Promise.all([
        shown(() => listValidatedCostings(database.db, actor)),
        shown(() => api(actor, "GET", "/costing/comparison", "/costing/comparison")),
        shown(async () => (await streamText(csvStream((await exportTables(database.db, actor, "costing-comparison", {}, exportOptions)).tables[0]!))).toString("utf8")),
        shown(async () => xlsxText(await streamText(xlsxStream((await exportTables(database.db, actor, "costing-comparison", {}, exportOptions)).tables)))),
      ])
    ).join("\n"),
  "a costing's scenario and its history": async (actor) => [await shown(() => getCostingScenario(database.db, actor, "TH", keptScenario)), await shown(() => listCostingHistory(database.db, actor, { countryCode: "TH" }))].join("\n"),
  "matrix and its changes": async (actor) =>
    (await Promise.all([shown(() => getProgressMatrix(database.db, actor, {})), shown(() => listMatrixChanges(database.db, actor, { from: today, to: today }))])).join("\n"),
  "gaps across countries, its API and its export": async (actor) =>
    (
      await Promise.all([
        shown(() => getAssessmentGaps(database.db, actor, {})),
        shown(() => api(actor, "GET", "/assessment/gaps", "/assessment/gaps")),
        shown(async () => (await streamText(csvStream((await exportTables(database.db, actor, "assessment-gaps", {}, exportOptions)).tables[0]!))).toString("utf8")),
      ])
    ).join("\n"),
  "activity feed": async (actor) => shown(() => getActivityFeed(database.db, actor, {})),
  notifications: async (actor) => shown(() => listNotifications(database.db, actor)),
  "experience write-ups' list": async (actor) => shown(() => listExperiences(database.db, actor, { country: "TH" })),
  "a step's write-ups, from another country and from Thailand": async (actor) =>
    (
      await Promise.all([
        shown(async () => (await getStepLearning(database.db, actor, { countryCode: "MZ", stepKey: "costing_financing" })).experiences),
        shown(async () => (await getStepLearning(database.db, actor, { countryCode: "TH", stepKey: "costing_financing" })).ownExperiences),
      ])
    ).join("\n"),
  // The hits only: the answer repeats the query itself.
  search: async (actor) => shown(async () => (await searchEverything(database.db, actor, { q: marker }, "en")).groups),
  "country and summary reports, the summary's API and exports": async (actor) =>
    (
      await Promise.all([
        shown(() => getCountryReport(database.db, actor, "TH")),
        shown(() => getSummaryReport(database.db, actor, "en")),
        shown(() => api(actor, "GET", "/reports/summary", "/reports/summary")),
        shown(async () => (await streamText(csvStream((await exportTables(database.db, actor, "summary", {}, exportOptions)).tables[0]!))).toString("utf8")),
        shown(async () => xlsxText(await streamText(xlsxStream((await exportTables(database.db, actor, "summary", {}, exportOptions)).tables)))),
      ])
    ).join("\n"),
  "the country report's costing section": async (actor) => shown(async () => (await getCountryReport(database.db, actor, "TH")).costing),
  // Funding counted and converted (issue 21): the country's support page, the support list's overview, the charts.
  "funding totals, overview and charts": async (actor) =>
    (
      await Promise.all([
        shown(() => getCountrySupport(database.db, actor, "TH")),
        shown(() => getFundingOverview(database.db, actor, {})),
        shown(() => getProgressCharts(database.db, actor, {})),
      ])
    ).join("\n"),
  // Every list at its longest, on the page and through the API.
  home: async (actor) =>
    (await Promise.all([shown(() => getHome(database.db, actor, { limit: 100 })), shown(() => api(actor, "GET", "/home", "/home?limit=100"))])).join("\n"),
};

/**
 * Outputs that hold no milestone text for anyone: the matrix and the gaps across countries hold counts (checked
 * below), IATI holds support entries, which every signed-in person reads. They are searched so that a later change
 * cannot start leaking.
 */
const noMilestoneText = new Set(["matrix and its changes", "gaps across countries, its API and its export", "IATI XML", "funding totals, overview and charts"]);

describe(`a marker kept to Thailand's working group`, () => {
  for (const [output, read] of Object.entries(outputs)) {
    it(`never reaches an outsider through ${output}`, async () => {
      for (const outsider of [mozambique, reviewer, adviser]) expect(await read(outsider), `${output} as an outsider`).not.toContain(marker);
    });
    if (noMilestoneText.has(output)) continue;
    it(`reaches an insider through ${output}`, async () => {
      // The author is notified of the coordinator's comment; the others read it everywhere else.
      // A coordinator's home lists countries and data, no milestone: the working group's lists what asks for its answer.
      const insiders = output === "notifications" ? [thai] : output === "home" ? [thaiColleague] : [thaiColleague, coordinator];
      for (const insider of insiders) expect(await read(insider), `${output} as an insider`).toContain(marker);
    });
  }

  it("the matrix and its changes count and list only what the reader may read", async () => {
    const cell = async (actor: Actor) => {
      const matrix = await getProgressMatrix(database.db, actor, {});
      const country = matrix.countries.find((row) => row.code === "TH")!;
      return country.cells[matrix.steps.findIndex((step) => step.key === "costing_financing")]!.milestones;
    };
    for (const outsider of [mozambique, reviewer, adviser]) expect(await cell(outsider)).toBe(1);
    for (const insider of [thaiColleague, coordinator]) expect(await cell(insider)).toBe(3);
    const subjects = async (actor: Actor) => (await listMatrixChanges(database.db, actor, { from: today, to: today })).entries.map((entry) => entry.subject);
    expect(await subjects(reviewer)).not.toContain(`Decree ${marker}`);
    expect(await subjects(coordinator)).toContain(`Decree ${marker}`);
  });

  it("the gaps across countries give Thailand's figures only to those who read its matrix; others see it as not shared", async () => {
    for (const outsider of [mozambique, reviewer, adviser]) {
      const gaps = await getAssessmentGaps(database.db, outsider, {});
      expect(gaps.notShared.map((country) => country.countryCode)).toContain("TH");
      expect(gaps.blocks.flatMap((block) => block.rows.map((row) => row.countryCode))).not.toContain("TH");
    }
    for (const insider of [thaiColleague, coordinator]) {
      const gaps = await getAssessmentGaps(database.db, insider, { guarantee: "children" });
      expect(gaps.blocks[0]!.rows.find((row) => row.countryCode === "TH")).toMatchObject({ schemesInForce: 0, policyGaps: 1 });
    }
  });

  it("a reviewer cannot comment on a milestone kept to its country by its id: it is not found, and nothing is written", async () => {
    const list = (await api(coordinator, "GET", "/milestones", "/milestones?country=TH&limit=200")) as { data: { id: string; title: string }[] };
    const hidden = list.data.find((row) => row.title === `Budget talks ${marker}`)!;
    const before = await databaseFingerprint(database.db);
    await expect(commentOnReview(database.db, reviewer, { subjectType: "milestone", subjectId: hidden.id, body: "Seen it" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideReview(database.db, reviewer, { subjectType: "milestone", subjectId: hidden.id, version: 1, decision: "validated" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });
});

describe("an entry's funding source", () => {
  it("is read by everyone signed in, as support entries are (decision 0500): a donor's name is no country secret", async () => {
    const donor = `zqdonor${randomBytes(4).toString("hex")}`;
    const { id } = await addSupportEntry(database.db, adviser, {
      countryCode: "TH", agencyId: adviser.memberships[0]!.agencyId!, kind: "financial", title: "Grant", status: "ongoing", amount: "100", currency: "THB", fundingSource: "donor", fundingDonor: donor,
    });
    for (const reader of [mozambique, reviewer, thaiColleague]) {
      expect((await getSupportEntry(database.db, reader, id)).entry.fundingDonor).toBe(donor);
      expect(JSON.stringify(await api(reader, "GET", "/support-entries", "/support-entries?country=TH"))).toContain(donor);
    }
  });
});
