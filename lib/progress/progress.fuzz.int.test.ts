import { asc, eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { countrySteps, evidence, frameworkSubActivities, milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { pdfOfSize, sampleDocx, sampleExecutable, sampleHtml, samplePdf, samplePng, sampleXlsx } from "@/lib/files/sample-files";
import { createPerson, stepOf, upload, useTestDatabase } from "@/lib/testing/database";
import { anyValue, formLike, fuzzerFor, fuzzTimeout, idAmong, versionIn, versionLike, withVersion } from "@/lib/testing/fuzz";
import { latestToday, maxEvidenceFileBytes } from "@/lib/validation/progress";
import { addEvidence } from "./add-evidence";
import { addNationalStep } from "./add-national-step";
import { changeStepStatus } from "./change-step-status";
import { deleteMilestone } from "./delete-milestone";
import { editMilestone } from "./edit-milestone";
import { editNationalStep } from "./edit-national-step";
import { logMilestone } from "./log-milestone";
import { markSubActivity } from "./mark-sub-activity";
import { removeEvidence } from "./remove-evidence";
import { restoreMilestone } from "./restore-milestone";

const database = useTestDatabase();
let benin: Actor;
let beninSteps: string[];
let togoStep: string;
let nationalStep: string;
let beninMilestones: string[];
let togoMilestone: string;
let subActivities: string[];

const truncate = (bytes: Uint8Array) => bytes.slice(0, Math.floor(bytes.length / 2));

/** Files a browser could send: good ones, and empty, disguised, oversized and truncated ones. */
const files = (): fc.Arbitrary<unknown> => {
  const oversized = pdfOfSize(maxEvidenceFileBytes + 1);
  const made = [
    upload(samplePdf(), "decree.pdf", "application/pdf"),
    upload(samplePng(), "photo.png", "image/png"),
    upload(sampleDocx(), "minutes.docx"),
    upload(new Uint8Array(), "empty.pdf", "application/pdf"),
    upload(sampleExecutable(), "decree.pdf", "application/pdf"),
    upload(sampleHtml(), "report.pdf", "application/pdf"),
    upload(sampleXlsx(), "not-a.pdf", "application/pdf"),
    upload(oversized, "huge.pdf", "application/pdf"),
    upload(truncate(samplePdf()), "cut.pdf", "application/pdf"),
    upload(truncate(sampleDocx()), "cut.docx"),
    upload(truncate(sampleXlsx()), "cut.xlsx"),
    new File([], ""),
  ];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(made[0], made[1], made[2], []) },
    fc.constantFrom(...made),
    fc.array(fc.constantFrom(...made), { maxLength: 6 }),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => upload(bytes, "random.pdf", "application/pdf")),
  );
};

const links = () =>
  fc.oneof({ weight: 2, arbitrary: fc.constantFrom([], [{ url: "https://www.social.gouv.bj/decret", title: "Decree" }]) }, fc.array(
    formLike({ url: fc.oneof(fc.webUrl(), fc.constantFrom("javascript:alert(1)", "ftp://x.org", "", "http://")), title: fc.string({ maxLength: 250 }) }),
    { maxLength: 14 },
  ));
const title = () => fc.oneof(fc.string({ minLength: 1, maxLength: 60 }), fc.string({ minLength: 190, maxLength: 230 }));
const date = () => fc.oneof({ weight: 2, arbitrary: fc.constant("2024-03-14") }, fc.constantFrom("2024-03-14", latestToday(), "2099-01-01", "2024-02-30", " 2024-03-14 "), fc.date().map((day) => (Number.isNaN(day.getTime()) ? "" : day.toISOString().slice(0, 10))));

beforeAll(async () => {
  benin = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
  beninSteps = [(await stepOf(database.db, "BJ", "working_group")).id, (await stepOf(database.db, "BJ", "assessment")).id];
  togoStep = (await stepOf(database.db, "TG", "working_group")).id;
  const togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
  togoMilestone = (await logMilestone(database.db, togo, { countryStepId: togoStep, title: "Togo", occurredOn: "2024-01-01" })).id;
  beninMilestones = [];
  for (const stepId of beninSteps) {
    const logged = await logMilestone(database.db, benin, {
      countryStepId: stepId,
      title: "Decree signed",
      occurredOn: "2024-01-01",
      links: [{ url: "https://example.org/a", title: "A" }],
    });
    beninMilestones.push(logged.id);
  }
  nationalStep = (await addNationalStep(database.db, benin, { countryCode: "BJ", title: "Consult the unions" })).id;
  subActivities = (
    await database.db
      .select({ id: frameworkSubActivities.id })
      .from(frameworkSubActivities)
      .innerJoin(countrySteps, eq(countrySteps.frameworkStepId, frameworkSubActivities.stepId))
      .where(eq(countrySteps.id, beninSteps[1]!))
      .orderBy(asc(frameworkSubActivities.position))
  ).map((row) => row.id);
});

const stepVersion = (id: unknown) => versionIn(database.db, countrySteps, id);
const milestoneVersion = (id: unknown) => versionIn(database.db, milestones, id);

const fuzz = fuzzerFor(database);

const steps = () => idAmong(...beninSteps, togoStep);
const beninMilestone = () => idAmong(...beninMilestones, togoMilestone);

describe("fuzzed progress writes get a 4xx or succeed, and refusals change nothing", () => {
  it("logging a milestone, with links and files", async () => {
    const input = formLike({
      countryStepId: steps(),
      countryCode: fc.constantFrom("BJ", "bj", "TG", "", "BJX"),
      title: title(),
      occurredOn: date(),
      description: fc.string({ maxLength: 100 }),
      statusChange: fc.constantFrom("", "in_progress", "completed", "not_applicable"),
      signOffNote: fc.string({ maxLength: 30 }),
      stepVersion: fc.oneof(fc.constant(""), versionLike()),
      links: links(),
      files: files(),
    });
    const valid = fc.record({ countryStepId: fc.constantFrom(...beninSteps), title: title(), occurredOn: fc.constant("2024-03-14"), links: links(), files: files() });
    await fuzz(fc.oneof(input, valid) as fc.Arbitrary<Record<string, unknown>>, async (values) =>
      logMilestone(database.db, benin, { ...values, stepVersion: values.stepVersion === undefined ? undefined : (await withVersion({ version: values.stepVersion }, () => stepVersion(values.countryStepId))).version }),
    );
  }, fuzzTimeout);

  it("editing a milestone", async () => {
    const input = formLike({ milestoneId: beninMilestone(), version: versionLike(), title: title(), occurredOn: date(), description: fc.string({ maxLength: 100 }) });
    const valid = fc.record({ countryStepId: fc.constantFrom(...beninSteps), title: title(), occurredOn: fc.constant("2024-03-14"), links: links(), files: files() });
    await fuzz(fc.oneof(input, valid) as fc.Arbitrary<Record<string, unknown>>, async (values) => editMilestone(database.db, benin, await withVersion(values, () => milestoneVersion(values.milestoneId))));
  }, fuzzTimeout);

  it("deleting and restoring a milestone", async () => {
    const input = fc.tuple(fc.boolean(), formLike({ milestoneId: beninMilestone() }));
    await fuzz(input, ([restore, values]) => (restore ? restoreMilestone(database.db, benin, values) : deleteMilestone(database.db, benin, values)));
  }, fuzzTimeout);

  it("changing a step's status", async () => {
    const input = formLike({
      countryStepId: steps(),
      version: versionLike(),
      to: fc.constantFrom("in_progress", "completed", "not_applicable", "reopened", "not_started", "done"),
      note: fc.oneof(fc.constant(""), fc.string({ maxLength: 30 }), fc.string({ minLength: 1000, maxLength: 1100 })),
    });
    const valid = fc.record({ countryStepId: fc.constantFrom(...beninSteps), title: title(), occurredOn: fc.constant("2024-03-14"), links: links(), files: files() });
    await fuzz(fc.oneof(input, valid) as fc.Arbitrary<Record<string, unknown>>, async (values) => changeStepStatus(database.db, benin, await withVersion(values, () => stepVersion(values.countryStepId))));
  }, fuzzTimeout);

  it("ticking a sub-activity", async () => {
    const mixed = formLike({ countryStepId: steps(), subActivityId: idAmong(...subActivities), done: fc.constantFrom("true", "false", "on", true, 1) });
    const valid = fc.record({ countryStepId: fc.constant(beninSteps[1]!), subActivityId: fc.constantFrom(...subActivities), done: fc.constantFrom("true", "false") });
    const input = fc.oneof(mixed, valid) as fc.Arbitrary<Record<string, unknown>>;
    await fuzz(input, (values) => markSubActivity(database.db, benin, values));
  }, fuzzTimeout);

  it("adding a national step", async () => {
    const input = formLike({ countryCode: fc.constantFrom("BJ", "bj", "TG", "XX", ""), afterStepId: fc.oneof(fc.constant(""), steps()), title: title(), description: fc.string({ maxLength: 50 }) });
    await fuzz(input, (values) => addNationalStep(database.db, benin, values));
  }, fuzzTimeout);

  it("editing a national step (a framework step cannot be edited)", async () => {
    const input = formLike({ countryStepId: idAmong(nationalStep, ...beninSteps, togoStep), version: versionLike(), title: title(), description: fc.string({ maxLength: 50 }) });
    const valid = fc.record({ countryStepId: fc.constantFrom(...beninSteps), title: title(), occurredOn: fc.constant("2024-03-14"), links: links(), files: files() });
    await fuzz(fc.oneof(input, valid) as fc.Arbitrary<Record<string, unknown>>, async (values) => editNationalStep(database.db, benin, await withVersion(values, () => stepVersion(values.countryStepId))));
  }, fuzzTimeout);

  it("adding evidence: links and empty, disguised, oversized and truncated files", async () => {
    const input = formLike({ milestoneId: beninMilestone(), links: links(), files: files() });
    await fuzz(input, (values) => addEvidence(database.db, benin, values));
  }, fuzzTimeout);

  it("removing evidence", async () => {
    const existing = async () => (await database.db.select({ id: evidence.id }).from(evidence)).map((row) => row.id);
    const input = formLike({ evidenceId: fc.oneof(fc.constant("an existing one"), anyValue()) });
    const valid = fc.record({ countryStepId: fc.constantFrom(...beninSteps), title: title(), occurredOn: fc.constant("2024-03-14"), links: links(), files: files() });
    await fuzz(fc.oneof(input, valid) as fc.Arbitrary<Record<string, unknown>>, async (values) => {
      if (values.evidenceId !== "an existing one") return removeEvidence(database.db, benin, values);
      const ids = await existing();
      return removeEvidence(database.db, benin, { ...values, evidenceId: ids[ids.length - 1] });
    });
  }, fuzzTimeout);
});
