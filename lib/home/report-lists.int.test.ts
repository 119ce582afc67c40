/**
 * The home's reporting-round lists on a fresh database (decision 2040): a working group's reports to send, the
 * soonest due first, gone once submitted and back once returned; a coordinator's open rounds with their reports
 * counted, gone once every report is accepted; a withdrawn round in neither.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { findEndpoint } from "@/lib/api/endpoints";
import { handleApiRequest } from "@/lib/api/handle-api-request";
import { acceptReport, returnReport } from "@/lib/rounds/decide-report";
import { openRound } from "@/lib/rounds/open-round";
import { saveReportNarrative } from "@/lib/rounds/save-report-narrative";
import { submitReport } from "@/lib/rounds/submit-report";
import { withdrawRound } from "@/lib/rounds/withdraw-round";
import { createCast, useTestDatabase } from "@/lib/testing/database";
import { getHome, type HomeSection } from "./get-home";
import type { HomeItemKind } from "./item-kinds";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createCast>>;
beforeAll(async () => {
  people = await createCast(database);
});

async function list(actor: Actor, role: HomeSection["role"], kind: HomeItemKind) {
  const section = (await getHome(database.db, actor, {})).sections.find((one) => one.role === role)!;
  return section.lists.find((one) => one.kind === kind)!;
}

const round = (name: string, dueOn: string, countryCodes: string[]) => ({ name, periodStart: "2025-01-01", periodEnd: "2025-06-30", dueOn, reminderDaysBefore: 7, countryCodes });

describe("the home's reporting rounds", () => {
  it("lists a working group's reports to send and a coordinator's open rounds, until the reports are in and accepted", async () => {
    const { db } = database;
    await openRound(db, people.coordinator, round("Second half 2025", "2026-01-31", ["BJ", "TG"]));
    const sooner = await openRound(db, people.coordinator, round("First half 2025", "2025-07-31", ["BJ"]));
    await openRound(db, people.coordinator, round("Togo only", "2025-08-31", ["TG"]));
    const withdrawn = await openRound(db, people.coordinator, round("Opened by mistake", "2025-05-31", ["BJ"]));
    await withdrawRound(db, people.coordinator, { id: withdrawn.id, version: withdrawn.version, reason: "Wrong period" });

    // Benin's, the soonest due first, each still to start; Togo's round and the withdrawn one are not Benin's.
    const due = await list(people.benin, "working_group_member", "reportsDue");
    expect(due.count).toBe(2);
    expect(due.items.map((item) => [item.title, item.dueOn, item.reportStatus, item.countryCode])).toEqual([
      ["First half 2025", "2025-07-31", "not_started", "BJ"],
      ["Second half 2025", "2026-01-31", "not_started", "BJ"],
    ]);
    expect(due.items[0]!.link).toBe(`/countries/BJ/reports/${sooner.id}`);

    const open = await list(people.coordinator, "coordinator", "openRounds");
    expect(open.items.map((item) => [item.title, item.reportCounts])).toEqual([
      ["First half 2025", { expected: 1, accepted: 0, submitted: 0, outstanding: 1 }],
      ["Togo only", { expected: 1, accepted: 0, submitted: 0, outstanding: 1 }],
      ["Second half 2025", { expected: 2, accepted: 0, submitted: 0, outstanding: 2 }],
    ]);
    expect(open.items[0]).toMatchObject({ subject: "reporting_round", countryCode: null, countryName: null, link: `/rounds/${sooner.id}` });

    // Benin drafts, then submits its first report: still due while a draft, gone once submitted.
    const draft = await saveReportNarrative(db, people.benin, { roundId: sooner.id, countryCode: "BJ", achievements: "The working group met four times." });
    expect((await list(people.benin, "working_group_member", "reportsDue")).items[0]).toMatchObject({ title: "First half 2025", reportStatus: "draft" });
    const submitted = await submitReport(db, people.benin, { id: draft.id, version: draft.version });
    expect((await list(people.benin, "working_group_member", "reportsDue")).items.map((item) => item.title)).toEqual(["Second half 2025"]);
    expect((await list(people.coordinator, "coordinator", "openRounds")).items[0]!.reportCounts).toEqual({ expected: 1, accepted: 0, submitted: 1, outstanding: 0 });

    // Returned, it is due again; accepted, its round leaves the coordinator's open rounds.
    const returned = await returnReport(db, people.reviewer, { id: submitted.id, version: submitted.version, reason: "Say what the dialogue decided." });
    expect((await list(people.benin, "working_group_member", "reportsDue")).items[0]).toMatchObject({ title: "First half 2025", reportStatus: "returned" });
    const again = await submitReport(db, people.benin, { id: returned.id, version: returned.version });
    await acceptReport(db, people.reviewer, { id: again.id, version: again.version });
    expect((await list(people.coordinator, "coordinator", "openRounds")).items.map((item) => item.title)).toEqual(["Togo only", "Second half 2025"]);
    expect((await list(people.togo, "working_group_member", "reportsDue")).items.map((item) => item.title)).toEqual(["Togo only", "Second half 2025"]);

    // GET /api/v1/home says the same: a round's item names no country, its due date is a date.
    const endpoint = findEndpoint("GET", "/home");
    const answer = await handleApiRequest(endpoint, new Request("http://socle.test/api/v1/home", { headers: { host: "socle.test" } }), {}, {
      db,
      authenticate: async () => ({ actor: people.coordinator, via: "token" }),
    });
    expect(() => endpoint.response.parse(answer.body)).not.toThrow();
    const lists = (answer.body as { data: { sections: { lists: { kind: string; items: Record<string, unknown>[] }[] }[] } }).data.sections[0]!.lists;
    expect(lists.find((one) => one.kind === "openRounds")!.items[0]).toMatchObject({ subject: "reporting_round", countryCode: null, dueOn: "2025-08-31" });
  });
});
