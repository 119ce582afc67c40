/**
 * The plans' and reporting rounds' part of the matrix e2e/api-authorization.spec.ts walks. The set-up plans a
 * milestone ahead in each country and saves a baseline, opens a round asking both countries whose reports each
 * country's member begins, and a second round for the round writes. Their period is long past, so that accepting a
 * report locks nothing the other cases write, and their due date long ahead, so that the server's reminder scheduler
 * writes nothing during the walk. A report's workflow depends on its status, so each of its cases first brings the
 * report to the status the step needs (`arrange`, as the set-up's coordinator and the country's member, before the
 * database is fingerprinted): then the answer depends on the permission table alone.
 */
import { randomUUID } from "node:crypto";
import type { Target } from "../../lib/permissions";
import type { Call, Case, Made, Where } from "./api-permission-cases";
import { unique } from "./forged-forms";

type SetUp = (call: Call) => Promise<{ data: { id: string; version: number } }>;

/** What the set-up made: the planned milestones and the reports by country, the two rounds, and who arranges. */
export type PlansRoundsMade = {
  plannedMilestones: Map<string, string>;
  /** The latest baseline each country saved, withdrawn by the next withdrawal case. */
  baselines: Map<string, string>;
  reportRoundId: string;
  walkRoundId: string;
  reports: Map<string, string>;
  asCoordinator: SetUp;
  asMember: Map<string, SetUp>;
  /** Each write that must change something changes a date by a day more. */
  days: number;
};

/** Due long after the walk: the server's reminder scheduler, writing when a report is due, must not write during it. */
const reportPeriod = { periodStart: "1995-01-01", periodEnd: "1995-12-31", dueOn: "2099-12-31" };

export async function setUpPlansAndRounds(asCoordinator: SetUp, asMember: Map<string, SetUp>, stepIds: Map<string, string>, versions: Map<string, number>): Promise<PlansRoundsMade> {
  const codes = [...asMember.keys()];
  const plannedMilestones = new Map<string, string>();
  const baselines = new Map<string, string>();
  // The step plans as they stand (a retry of the spec finds those its first try set): their versions, and the days
  // the walk's planned ends start after.
  let days = 0;
  for (const code of codes) {
    const plan = (await asCoordinator({ method: "GET", url: `/countries/${code}/plan` })) as unknown as { data: { steps: { countryStepId: string; planVersion: number; plannedEnd: string | null }[] } };
    const step = plan.data.steps.find((one) => one.countryStepId === stepIds.get(code))!;
    versions.set(`plan:${step.countryStepId}`, step.planVersion);
    if (step.plannedEnd) days = Math.max(days, Math.round((Date.parse(step.plannedEnd) - Date.UTC(2031, 0, 1)) / 86_400_000));
  }
  for (const code of codes) {
    const planned = await asCoordinator({ method: "POST", url: `/countries/${code}/plan/milestones`, body: { countryStepId: stepIds.get(code), title: unique("Planned"), expectedOn: "2030-06-01" } });
    plannedMilestones.set(code, planned.data.id);
    versions.set(planned.data.id, planned.data.version);
    baselines.set(code, (await asCoordinator({ method: "POST", url: `/countries/${code}/plan/baselines`, body: { name: unique("Baseline") } })).data.id);
  }
  const round = (name: string) => asCoordinator({ method: "POST", url: "/rounds", body: { name: unique(name), ...reportPeriod, countryCodes: codes } });
  const reportRound = await round("Reports round");
  const walkRound = await round("Walked round");
  versions.set(walkRound.data.id, walkRound.data.version);
  const reports = new Map<string, string>();
  for (const code of codes) {
    const report = (await asMember.get(code)!({ method: "PUT", url: `/rounds/${reportRound.data.id}/reports/${code}`, body: { achievements: "Begun" } })) as unknown as {
      data: { report: { id: string; version: number } };
    };
    reports.set(code, report.data.report.id);
    versions.set(report.data.report.id, report.data.report.version);
  }
  return { plannedMilestones, baselines, reportRoundId: reportRound.data.id, walkRoundId: walkRound.data.id, reports, asCoordinator, asMember, days };
}

type Wanted = "writable" | "submitted" | "accepted";
type Report = { report: { id: string; version: number; status: string } };

/** Brings a country's report to the status a case needs, one workflow step at a time, and notes its version. */
async function bring(made: PlansRoundsMade, versions: Map<string, number>, code: string, wanted: Wanted): Promise<void> {
  const member = made.asMember.get(code)!;
  const url = `/rounds/${made.reportRoundId}/reports/${code}`;
  for (let steps = 0; steps < 4; steps++) {
    const { report } = ((await made.asCoordinator({ method: "GET", url })) as unknown as { data: Report }).data;
    versions.set(report.id, report.version);
    const writable = ["draft", "returned", "reopened"].includes(report.status);
    if ((wanted === "writable" && writable) || report.status === wanted) return;
    const step = (action: string, body: object = {}) => ({ method: "POST" as const, url: `/country-reports/${report.id}/${action}`, body: { version: report.version, ...body } });
    if (writable) await member(step("submit"));
    else if (report.status === "accepted") await made.asCoordinator(step("reopen", { reason: "Arranged by the API walk" }));
    else await made.asCoordinator(wanted === "accepted" ? step("accept") : step("return", { reason: "Arranged by the API walk" }));
  }
  throw new Error(`The report of ${code} did not reach ${wanted}`);
}

/** Every plan write, in an order that leaves each country's planned milestone live for the next visitor. */
export function planWrites(where: Where, code: string, made: Made): Case[] {
  const { versions, stepIds } = made;
  const plansRounds = made.plansRounds!;
  const forged = where === "forged";
  const target: Target | null = forged ? null : { countryCode: code };
  const stepId = () => (forged ? randomUUID() : stepIds.get(code)!);
  const plannedId = () => (forged ? randomUUID() : plansRounds.plannedMilestones.get(code)!);
  const tracked = forged ? undefined : plansRounds.plannedMilestones.get(code);
  const write = (name: string, call: () => Call, extra: Partial<Case> = {}): Case => ({ name, action: "plan.write", where, target, call, ...extra });
  const nextEnd = () => new Date(Date.UTC(2031, 0, 1) + ++plansRounds.days * 86_400_000).toISOString().slice(0, 10);
  return [
    write(
      "PUT /countries/{code}/plan/steps/{id}",
      () => ({ method: "PUT", url: `/countries/${code}/plan/steps/${stepId()}`, body: { version: versions.get(`plan:${stepId()}`) ?? 0, plannedStart: "2030-01-01", plannedEnd: nextEnd() } }),
      // The step plan's version, kept apart from the step's own.
      { versionOf: forged ? undefined : `plan:${stepIds.get(code)}` },
    ),
    write("POST /countries/{code}/plan/milestones", () => ({ method: "POST", url: `/countries/${code}/plan/milestones`, body: { countryStepId: stepId(), title: unique("Planned"), expectedOn: nextEnd() } })),
    write("PATCH /planned-milestones/{id}", () => ({ method: "PATCH", url: `/planned-milestones/${plannedId()}`, body: { version: versions.get(plannedId()) ?? 1, title: unique("Planned"), expectedOn: nextEnd() } }), {
      versionOf: tracked,
    }),
    write("DELETE /planned-milestones/{id}", () => ({ method: "DELETE", url: `/planned-milestones/${plannedId()}`, body: { version: versions.get(plannedId()) ?? 1, reason: "API probe" } }), {
      versionOf: tracked,
    }),
    write("POST /planned-milestones/{id}/restore", () => ({ method: "POST", url: `/planned-milestones/${plannedId()}/restore`, body: { version: versions.get(plannedId()) ?? 1 } }), { versionOf: tracked }),
    write("POST /countries/{code}/plan/baselines", () => ({ method: "POST", url: `/countries/${code}/plan/baselines`, body: { name: unique("Baseline") } }), {
      after: (data) => forged || plansRounds.baselines.set(code, (data as { id: string }).id),
    }),
    // The baseline the case above saved (a visitor refused it meets an earlier one): withdrawn once.
    write("DELETE /plan-baselines/{id}", () => ({ method: "DELETE", url: `/plan-baselines/${forged ? randomUUID() : plansRounds.baselines.get(code)}`, body: { version: 1, reason: "API probe" } })),
  ];
}

/** A country's report through its workflow, each step on a report brought to the status it needs. */
export function reportWrites(where: Where, code: string, made: Made): Case[] {
  const { versions } = made;
  const plansRounds = made.plansRounds!;
  const forged = where === "forged";
  const target: Target | null = forged ? null : { countryCode: code };
  const reportId = () => (forged ? randomUUID() : plansRounds.reports.get(code)!);
  const arrange = (wanted: Wanted) => (forged ? undefined : () => bring(plansRounds, versions, code, wanted));
  const step = (name: string, action: Case["action"], path: string, wanted: Wanted, body: object = {}): Case => ({
    name: `POST /country-reports/{id}/${path}`,
    action,
    where,
    target,
    arrange: arrange(wanted),
    call: () => ({ method: "POST", url: `/country-reports/${reportId()}/${path}`, body: { version: versions.get(reportId()) ?? 1, ...body } }),
  });
  return [
    {
      name: "PUT /rounds/{id}/reports/{code}",
      action: "report.write",
      where,
      target,
      arrange: arrange("writable"),
      call: () => ({ method: "PUT", url: `/rounds/${plansRounds.reportRoundId}/reports/${code}`, body: { version: versions.get(reportId()) ?? 1, achievements: unique("Achieved") } }),
    },
    step("submit", "report.write", "submit", "writable"),
    step("return", "report.review", "return", "submitted", { reason: "API probe" }),
    step("accept", "report.review", "accept", "submitted"),
    step("reopen", "period.reopen", "reopen", "accepted", { reason: "API probe" }),
  ];
}

/** A country's plan and baselines are read by everyone signed in; its report by its group, reviewers and coordinators. */
export function plansRoundsReads(where: Where, code: string, made: Made): Case[] {
  const target: Target | null = where === "forged" ? null : { countryCode: code };
  const plansRounds = made.plansRounds!;
  return [
    { name: "GET /countries/{code}/plan", action: "country.read", where, target, call: () => ({ method: "GET", url: `/countries/${code}/plan` }) },
    { name: "GET /countries/{code}/plan/baselines", action: "country.read", where, target, call: () => ({ method: "GET", url: `/countries/${code}/plan/baselines` }) },
    {
      // Submitted, not accepted: an adviser of an agency supporting the country reads only accepted reports.
      name: "GET /rounds/{id}/reports/{code}",
      action: "report.review",
      alsoAllowedBy: "report.write",
      where,
      target,
      arrange: where === "forged" ? undefined : () => bring(plansRounds, made.versions, code, "submitted"),
      call: () => ({ method: "GET", url: `/rounds/${plansRounds.reportRoundId}/reports/${code}` }),
    },
  ];
}

/** The rounds themselves: managed by coordinators, read by everyone signed in. */
export function roundCases(made: Made): Case[] {
  const { versions } = made;
  const plansRounds = made.plansRounds!;
  const id = () => plansRounds.walkRoundId;
  const manage = (name: string, call: () => Call, extra: Partial<Case> = {}): Case => ({ name, action: "round.manage", where: "anywhere", target: {}, call, ...extra });
  const fields = () => ({ name: unique("Walked round"), ...reportPeriod, countryCodes: [...plansRounds.asMember.keys()] });
  const read = (name: string, url: () => string): Case => ({ name, action: "country.read", where: "anywhere", target: {}, call: () => ({ method: "GET", url: url() }) });
  return [
    manage("POST /rounds", () => ({ method: "POST", url: "/rounds", body: fields() })),
    manage("PATCH /rounds/{id}", () => ({ method: "PATCH", url: `/rounds/${id()}`, body: { version: versions.get(id()) ?? 1, ...fields() } }), { versionOf: plansRounds.walkRoundId }),
    manage("DELETE /rounds/{id}", () => ({ method: "DELETE", url: `/rounds/${id()}`, body: { version: versions.get(id()) ?? 1, reason: "API probe" } }), { versionOf: plansRounds.walkRoundId }),
    manage("POST /rounds/{id}/restore", () => ({ method: "POST", url: `/rounds/${id()}/restore`, body: { version: versions.get(id()) ?? 1 } }), { versionOf: plansRounds.walkRoundId }),
    read("GET /rounds", () => "/rounds"),
    read("GET /rounds/{id}", () => `/rounds/${plansRounds.reportRoundId}`),
    read("GET /rounds/{id}/completeness", () => `/rounds/${plansRounds.reportRoundId}/completeness`),
  ];
}
