/** Evidence titles and file names that carry control, XML-illegal or right-to-left override characters. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { samplePdf } from "@/lib/files/sample-files";
import { createPerson, stepOf, upload, useTestDatabase } from "@/lib/testing/database";
import { getCountryStep } from "./get-country-step";
import { getEvidenceFile } from "./get-evidence-file";
import { logMilestone } from "./log-milestone";
import { rowCounts } from "./test-helpers";

const database = useTestDatabase();
let coordinator: Actor;

beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
});

const milestoneWith = async (evidence: { links?: { url: string; title: string }[]; files?: File[] }) => ({
  countryStepId: (await stepOf(database.db, "BJ", "awareness")).id,
  title: "Awareness campaign",
  occurredOn: "2024-03-14",
  ...evidence,
});

describe("evidence with hostile text", () => {
  it("refuses a link title holding a control character, and stores nothing", async () => {
    const before = await rowCounts(database.db);
    for (const title of ["Décret\u0085", "Décret\u001b[2J", "Décret\uffff"]) {
      await expect(logMilestone(database.db, coordinator, await milestoneWith({ links: [{ url: "https://gouv.bj/d", title }] }))).rejects.toMatchObject({
        code: "INVALID",
        fieldErrors: { "links.0.title": "validation.controlCharacters" },
      });
    }
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it("refuses an uploaded file whose name holds NUL or a control character, with a field error rather than a database error", async () => {
    for (const name of ["decret\u0000.pdf", "decret\u0007.pdf", "decret\ufffe.pdf"]) {
      await expect(logMilestone(database.db, coordinator, await milestoneWith({ files: [upload(samplePdf(), name, "application/pdf")] }))).rejects.toMatchObject({
        code: "INVALID",
        fieldErrors: { files: "validation.controlCharacters" },
      });
    }
  });

  it("keeps a file whose name hides its extension behind a right-to-left override, without the override", async () => {
    const logged = await logMilestone(database.db, coordinator, await milestoneWith({ files: [upload(samplePdf(), "rapport\u202Efdp.exe", "application/pdf")] }));
    const step = await stepOf(database.db, "BJ", "awareness");
    const { milestones } = await getCountryStep(database.db, coordinator, { countryCode: "BJ", countryStepId: step.id });
    const evidence = milestones.find((milestone) => milestone.id === logged.id)!.evidence[0]!;
    expect(evidence.title).toBe("rapportfdp.exe");
    expect((await getEvidenceFile(database.db, coordinator, evidence.id)).originalName).toBe("rapportfdp.exe");
  });
});
