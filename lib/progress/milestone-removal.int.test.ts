/** Deleting and restoring milestones, and evidence added to or removed from a logged one, on a real database. */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { evidence, milestones, storedFiles } from "@/db/schema";
import { sampleExecutable, samplePng } from "@/lib/files/sample-files";
import { createCast, madeBeforeAll, stepOf, upload, useTestDatabase } from "@/lib/testing/database";
import { addEvidence } from "./add-evidence";
import { deleteMilestone } from "./delete-milestone";
import { getCountryStep } from "./get-country-step";
import { getEvidenceFile } from "./get-evidence-file";
import { listMilestoneHistory } from "./list-history";
import { logMilestone } from "./log-milestone";
import { removeEvidence } from "./remove-evidence";
import { restoreMilestone } from "./restore-milestone";
import { rowCounts, validMilestone } from "./test-helpers";

const database = useTestDatabase();
const people = madeBeforeAll(() => createCast(database));

describe("deleting and restoring a milestone", () => {
  it("hides a deleted milestone but keeps it; its author or a coordinator brings it back, nobody else", async () => {
    const step = await stepOf(database.db, "BJ", "assessment");
    const { id } = await logMilestone(database.db, people.benin, { ...validMilestone(step.id), links: [{ url: "https://example.org/a", title: "A" }] });
    await deleteMilestone(database.db, people.beninColleague, { milestoneId: id });

    const seen = await getCountryStep(database.db, people.benin, { countryCode: "BJ", countryStepId: step.id });
    expect(seen.milestones.map((item) => item.id)).not.toContain(id);
    expect(seen.deletedMilestones.map((item) => [item.id, item.deletedByName])).toEqual([[id, "Codjo Houngbo"]]);
    const colleagueView = await getCountryStep(database.db, people.beninColleague, { countryCode: "BJ", countryStepId: step.id });
    expect(colleagueView.deletedMilestones).toEqual([]);

    await expect(restoreMilestone(database.db, people.beninColleague, { milestoneId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(restoreMilestone(database.db, people.togo, { milestoneId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await restoreMilestone(database.db, people.benin, { milestoneId: id });
    const restored = await getCountryStep(database.db, people.coordinator, { countryCode: "BJ", countryStepId: step.id });
    expect(restored.milestones.find((item) => item.id === id)?.evidence).toHaveLength(1);

    await deleteMilestone(database.db, people.benin, { milestoneId: id });
    await restoreMilestone(database.db, people.coordinator, { milestoneId: id });
    const { rows: history } = await listMilestoneHistory(database.db, people.coordinator, { countryCode: "BJ", milestoneId: id });
    expect(history.slice(0, 4).map((entry) => [entry.action, entry.actorName])).toEqual([
      ["milestone.restore", "Camille Coordinator"],
      ["milestone.delete", "Adjoa Mensah"],
      ["milestone.restore", "Adjoa Mensah"],
      ["milestone.delete", "Codjo Houngbo"],
    ]);
  });

  it("refuses deletion to other countries' members and to readers", async () => {
    const step = await stepOf(database.db, "BJ", "assessment");
    const { id } = await logMilestone(database.db, people.benin, validMilestone(step.id));
    for (const outsider of [people.togo, people.reviewer, people.adviser]) {
      await expect(deleteMilestone(database.db, outsider, { milestoneId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const [stored] = await database.db.select().from(milestones).where(eq(milestones.id, id));
    expect(stored?.deletedAt).toBeNull();
  });
});

describe("evidence on a logged milestone", () => {
  it("adds a picture, removes it softly, and stops serving it", async () => {
    const step = await stepOf(database.db, "BJ", "assessment");
    // Shared with all, so a reader outside the country (the adviser) may download it.
    const { id } = await logMilestone(database.db, people.benin, { ...validMilestone(step.id), sharingLevel: "all" });
    const { evidenceIds } = await addEvidence(database.db, people.beninColleague, { milestoneId: id, sharingLevel: "all", files: [upload(samplePng(), "meeting.png")] });
    const file = await getEvidenceFile(database.db, people.adviser, evidenceIds[0]);
    expect(file).toMatchObject({ contentType: "image/png", originalName: "meeting.png" });

    await expect(removeEvidence(database.db, people.togo, { evidenceId: evidenceIds[0] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await removeEvidence(database.db, people.benin, { evidenceId: evidenceIds[0] });
    await expect(getEvidenceFile(database.db, people.adviser, evidenceIds[0])).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [kept] = await database.db.select({ id: storedFiles.id }).from(storedFiles).innerJoin(evidence, eq(evidence.fileId, storedFiles.id)).where(eq(evidence.id, evidenceIds[0]!));
    expect(kept).toBeDefined();
  });

  it("refuses an empty submission and a disguised file, adding nothing", async () => {
    const step = await stepOf(database.db, "BJ", "assessment");
    const { id } = await logMilestone(database.db, people.benin, validMilestone(step.id));
    const before = await rowCounts(database.db);
    await expect(addEvidence(database.db, people.benin, { milestoneId: id })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { files: "evidence.nothingToAdd" } });
    await expect(addEvidence(database.db, people.benin, { milestoneId: id, files: upload(sampleExecutable(), "minutes.docx") })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { files: "evidence.typeNotAccepted?name=minutes.docx" },
    });
    expect(await rowCounts(database.db)).toEqual(before);
  });
});
