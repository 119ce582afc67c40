/** Logging and editing milestones on a real database: evidence, dates, who may, step status with them, versions. */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { evidence, milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { pdfOfSize, sampleExecutable, sampleHtml, samplePdf } from "@/lib/files/sample-files";
import { createCast, madeBeforeAll, stepOf, upload, useTestDatabase } from "@/lib/testing/database";
import { latestToday, maxEvidenceFileBytes } from "@/lib/validation/progress";
import { editMilestone } from "./edit-milestone";
import { getCountryStep } from "./get-country-step";
import { getEvidenceFile } from "./get-evidence-file";
import { listMilestoneHistory } from "./list-history";
import { logMilestone } from "./log-milestone";
import { rowCounts, validMilestone } from "./test-helpers";

const database = useTestDatabase();
const people = madeBeforeAll(() => createCast(database));

describe("logging a milestone", () => {
  it("records the milestone with a link and a PDF, and the audit says who did it", async () => {
    const step = await stepOf(database.db, "BJ", "working_group");
    const logged = await logMilestone(database.db, people.benin, {
      ...validMilestone(step.id),
      countryCode: "BJ",
      links: [{ url: "https://www.social.gouv.bj/decret-2024", title: "Decree on the ministry site" }, { url: "", title: "" }],
      files: [upload(samplePdf(), "decret.pdf", "application/pdf"), new File([], "")],
    });

    const { milestones: listed } = await getCountryStep(database.db, people.coordinator, { countryCode: "BJ", countryStepId: step.id });
    const milestone = listed.find((item) => item.id === logged.id)!;
    expect(milestone).toMatchObject({ title: "Decree setting up the working group signed", occurredOn: "2024-03-14", authorName: "Adjoa Mensah" });
    expect(milestone.evidence.map((item) => [item.kind, item.title, item.contentType])).toEqual([
      ["link", "Decree on the ministry site", null],
      ["file", "decret.pdf", "application/pdf"],
    ]);

    const file = await getEvidenceFile(database.db, people.coordinator, milestone.evidence[1]!.id);
    expect(file.contentType).toBe("application/pdf");
    expect(Buffer.compare(file.content, Buffer.from(samplePdf()))).toBe(0);

    const { rows: history } = await listMilestoneHistory(database.db, people.coordinator, { countryCode: "BJ", milestoneId: logged.id });
    expect(history.map((entry) => [entry.action, entry.actorName])).toEqual([
      ["evidence.add", "Adjoa Mensah"],
      ["evidence.add", "Adjoa Mensah"],
      ["milestone.log", "Adjoa Mensah"],
    ]);
    expect(history[2]!.changes).toContainEqual({ field: "title", before: null, after: "Decree setting up the working group signed" });
  });

  it("takes a date as late as today anywhere on Earth, and a link without a title under its address", async () => {
    const step = await stepOf(database.db, "BJ", "stakeholders");
    const logged = await logMilestone(database.db, people.benin, {
      ...validMilestone(step.id),
      occurredOn: latestToday(),
      links: [{ url: "https://example.org/list", title: "" }],
    });
    const [item] = await database.db.select().from(evidence).where(eq(evidence.milestoneId, logged.id));
    expect(item).toMatchObject({ kind: "link", title: "https://example.org/list", addedById: people.benin.userId });
  });

  const refusals: [string, () => Promise<unknown>, { code: string; fieldErrors?: Record<string, string>; message?: string }][] = [
    ["an empty title", async () => ({ ...validMilestone((await stepOf(database.db, "BJ", "awareness")).id), title: "   " }), { code: "INVALID", fieldErrors: { title: "validation.required" } }],
    [
      "a date in the future",
      async () => ({ ...validMilestone((await stepOf(database.db, "BJ", "awareness")).id), occurredOn: "2999-01-01" }),
      { code: "INVALID", fieldErrors: { occurredOn: "progress.futureDate" } },
    ],
    [
      "a date that is not a date",
      async () => ({ ...validMilestone((await stepOf(database.db, "BJ", "awareness")).id), occurredOn: "14/03/2024" }),
      { code: "INVALID", fieldErrors: { occurredOn: "validation.date" } },
    ],
    ["an unknown step", async () => validMilestone("3f1c4a52-0000-4000-8000-000000000000"), { code: "INVALID", message: "progress.unknownStep" }],
    ["a step id that is not an id", async () => validMilestone("step-2"), { code: "INVALID", message: "progress.unknownStep" }],
    [
      "a step of another country on this country's page",
      async () => ({ ...validMilestone((await stepOf(database.db, "TG", "awareness")).id), countryCode: "BJ" }),
      { code: "INVALID", message: "progress.unknownStep" },
    ],
    ["a step of another country", async () => validMilestone((await stepOf(database.db, "TG", "awareness")).id), { code: "FORBIDDEN" }],
    [
      "a file over 10 MB",
      async () => ({ ...validMilestone((await stepOf(database.db, "BJ", "awareness")).id), files: [upload(pdfOfSize(maxEvidenceFileBytes + 1), "big.pdf")] }),
      { code: "INVALID", fieldErrors: { files: "evidence.fileTooLarge?name=big.pdf&maximum=10" } },
    ],
    [
      "a program disguised as a PDF",
      async () => ({
        ...validMilestone((await stepOf(database.db, "BJ", "awareness")).id),
        files: [upload(samplePdf(), "fine.pdf"), upload(sampleExecutable(), "report.pdf", "application/pdf")],
      }),
      { code: "INVALID", fieldErrors: { files: "evidence.typeNotAccepted?name=report.pdf" } },
    ],
    [
      "a web page disguised as a picture",
      async () => ({ ...validMilestone((await stepOf(database.db, "BJ", "awareness")).id), files: [upload(sampleHtml(), "photo.png", "image/png")] }),
      { code: "INVALID", fieldErrors: { files: "evidence.typeNotAccepted?name=photo.png" } },
    ],
    [
      "a link that is not a web address",
      async () => ({ ...validMilestone((await stepOf(database.db, "BJ", "awareness")).id), links: [{ url: "javascript:alert(1)", title: "x" }] }),
      { code: "INVALID", fieldErrors: { "links.0.url": "validation.url" } },
    ],
    [
      "completing the step without a sign-off note",
      async () => {
        const step = await stepOf(database.db, "BJ", "awareness");
        return { ...validMilestone(step.id), statusChange: "completed", stepVersion: step.version };
      },
      { code: "INVALID", fieldErrors: { signOffNote: "progress.signOffNoteRequired" } },
    ],
  ];

  for (const [what, input, expected] of refusals) {
    it(`refuses ${what} with a clear message, and changes nothing`, async () => {
      const before = await rowCounts(database.db);
      await expect(logMilestone(database.db, people.benin, await input())).rejects.toMatchObject(expected);
      expect(await rowCounts(database.db)).toEqual(before);
    });
  }

  it("is for the country's working group and coordinators only", async () => {
    const step = await stepOf(database.db, "BJ", "policy_options");
    for (const outsider of [people.togo, people.reviewer, people.adviser]) {
      await expect(logMilestone(database.db, outsider, validMilestone(step.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(logMilestone(database.db, people.coordinator, validMilestone(step.id))).resolves.toMatchObject({ countryCode: "BJ" });
  });

  it("can start or complete the step with the milestone, recording who signed off", async () => {
    const step = await stepOf(database.db, "BJ", "monitoring");
    await logMilestone(database.db, people.benin, { ...validMilestone(step.id), statusChange: "in_progress", stepVersion: step.version });
    const started = await stepOf(database.db, "BJ", "monitoring");
    expect(started.status).toBe("in_progress");
    await logMilestone(database.db, people.beninColleague, {
      ...validMilestone(step.id),
      statusChange: "completed",
      signOffNote: "Monitoring framework adopted",
      stepVersion: started.version,
    });
    const { step: completed } = await getCountryStep(database.db, people.reviewer, { countryCode: "BJ", countryStepId: step.id });
    expect(completed).toMatchObject({ status: "completed", signedOffByName: "Codjo Houngbo", signOffNote: "Monitoring framework adopted" });
    expect(completed.signedOffAt).toBeInstanceOf(Date);
  });

  it("refuses a status change based on an old version of the step, and logs nothing", async () => {
    const step = await stepOf(database.db, "BJ", "costing_financing");
    await logMilestone(database.db, people.benin, { ...validMilestone(step.id), statusChange: "in_progress", stepVersion: step.version });
    const before = await rowCounts(database.db);
    const stale = logMilestone(database.db, people.beninColleague, {
      ...validMilestone(step.id),
      statusChange: "completed",
      signOffNote: "Costed",
      stepVersion: step.version,
    });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", current: { kind: "step", status: "in_progress", changedBy: "Adjoa Mensah" } });
    expect(await rowCounts(database.db)).toEqual(before);
  });
});

describe("editing a milestone", () => {
  it("refuses the second of two saves from the same version, showing the newer one", async () => {
    const step = await stepOf(database.db, "BJ", "support_needs");
    const { id } = await logMilestone(database.db, people.benin, validMilestone(step.id));
    await editMilestone(database.db, people.benin, { milestoneId: id, version: 1, title: "Decree signed and published", occurredOn: "2024-03-14", description: "" });
    const second = editMilestone(database.db, people.beninColleague, { milestoneId: id, version: 1, title: "Decree signed", occurredOn: "2024-03-15", description: "" });
    await expect(second).rejects.toMatchObject({
      code: "CONFLICT",
      current: { kind: "milestone", title: "Decree signed and published", version: 2, changedBy: "Adjoa Mensah" },
    });
    const [stored] = await database.db.select().from(milestones).where(eq(milestones.id, id));
    expect(stored).toMatchObject({ title: "Decree signed and published", occurredOn: "2024-03-14", version: 2 });

    const { rows: history } = await listMilestoneHistory(database.db, people.coordinator, { countryCode: "BJ", milestoneId: id });
    expect(history[0]).toMatchObject({
      action: "milestone.edit",
      actorName: "Adjoa Mensah",
      changes: [
        { field: "title", before: "Decree setting up the working group signed", after: "Decree signed and published" },
        { field: "description", before: "Signed by the Minister of Labour.", after: "" },
      ],
    });
  });

  it("lets exactly one of two simultaneous saves from the same version through", async () => {
    const step = await stepOf(database.db, "BJ", "support_needs");
    const { id } = await logMilestone(database.db, people.benin, validMilestone(step.id));
    const edit = (actor: Actor, title: string) => editMilestone(database.db, actor, { milestoneId: id, version: 1, title, occurredOn: "2024-03-14" });
    const outcomes = await Promise.allSettled([edit(people.benin, "First title"), edit(people.beninColleague, "Second title")]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    const [stored] = await database.db.select().from(milestones).where(eq(milestones.id, id));
    expect(stored?.version).toBe(2);
  });

  it("refuses bad input and other countries' members, changing nothing", async () => {
    const step = await stepOf(database.db, "BJ", "support_needs");
    const { id } = await logMilestone(database.db, people.benin, validMilestone(step.id));
    const edit = { milestoneId: id, version: 1, title: "", occurredOn: "2999-12-31", description: "" };
    await expect(editMilestone(database.db, people.benin, edit)).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { title: "validation.required", occurredOn: "progress.futureDate" },
    });
    await expect(editMilestone(database.db, people.togo, { ...edit, title: "Hijacked", occurredOn: "2024-01-01" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [stored] = await database.db.select().from(milestones).where(eq(milestones.id, id));
    expect(stored).toMatchObject({ title: "Decree setting up the working group signed", version: 1 });
  });
});
