/**
 * Sharing levels through every read of milestones and evidence: the workspace, the step page, the milestone
 * page, the timeline, histories, downloads, search and "How other countries did it". What a working group
 * keeps to its country never reaches another country's members, reviewers or advisers.
 */
import { readFile } from "node:fs/promises";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { evidence, milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { samplePdf } from "@/lib/files/sample-files";
import { getStepLearning } from "@/lib/learning/get-step-learning";
import { addEvidence } from "@/lib/progress/add-evidence";
import { changeEvidenceSharing } from "@/lib/progress/change-evidence-sharing";
import { editMilestone } from "@/lib/progress/edit-milestone";
import { getCountryStep } from "@/lib/progress/get-country-step";
import { getCountryTimeline } from "@/lib/progress/get-country-timeline";
import { getCountryWorkspace } from "@/lib/progress/get-country-workspace";
import { getEvidenceFile } from "@/lib/progress/get-evidence-file";
import { getMilestone } from "@/lib/progress/get-milestone";
import { listMilestoneHistory, listStepHistory } from "@/lib/progress/list-history";
import { logMilestone } from "@/lib/progress/log-milestone";
import { searchEverything } from "@/lib/search/search-everything";
import { createPerson, stepOf, upload, useTestDatabase } from "@/lib/testing/database";

const database = useTestDatabase();
let thai: Actor;
let thaiColleague: Actor;
let mozambique: Actor;
let reviewer: Actor;
let adviser: Actor;
let coordinator: Actor;
let shared: { id: string; link: string; file: string };
let kept: { id: string; file: string };
let stepId: string;

beforeAll(async () => {
  thai = await createPerson(database, { role: "working_group_member", countryCode: "TH", name: "Somchai Srisuk" });
  thaiColleague = await createPerson(database, { role: "working_group_member", countryCode: "TH" });
  mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  reviewer = await createPerson(database, { role: "reviewer" });
  adviser = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
  coordinator = await createPerson(database, { role: "coordinator" });

  stepId = (await stepOf(database.db, "TH", "costing_financing")).id;
  // Shared with all: the milestone and its link; its spreadsheet of working figures stays in the country.
  const logged = await logMilestone(database.db, thai, {
    countryStepId: stepId,
    title: "Costing of the benefit options completed",
    occurredOn: "2024-06-10",
    description: "Child benefit and old-age pension options costed with the RAP.",
    sharingLevel: "all",
    evidenceSharingLevel: "all",
    links: [{ url: "https://example.org/costing-report", title: "Costing report" }],
  });
  const working = await addEvidence(database.db, thai, { milestoneId: logged.id, files: [upload(samplePdf(), "working-figures.pdf")] });
  shared = { id: logged.id, link: logged.evidenceIds[0]!, file: working.evidenceIds[0]! };
  // Kept to the country, with evidence marked "all" that must still not leak through its unshared milestone.
  const internal = await logMilestone(database.db, thai, {
    countryStepId: stepId,
    title: "Budget negotiation with the finance ministry",
    occurredOn: "2024-07-01",
    description: "Confidential negotiation notes.",
    evidenceSharingLevel: "all",
    files: [upload(samplePdf(), "negotiation-notes.pdf")],
  });
  kept = { id: internal.id, file: internal.evidenceIds[0]! };
});

const titlesOf = (items: { title: string }[]) => items.map((item) => item.title).sort();

describe("what other countries' members, reviewers and advisers see", () => {
  const outsiders = () => [mozambique, reviewer, adviser];

  it("a new milestone and its evidence are kept to the country unless shared", async () => {
    const [row] = await database.db.select({ sharingLevel: milestones.sharingLevel }).from(milestones).where(eq(milestones.id, kept.id));
    expect(row?.sharingLevel).toBe("country");
    const [file] = await database.db.select({ sharingLevel: evidence.sharingLevel }).from(evidence).where(eq(evidence.id, shared.file));
    expect(file?.sharingLevel).toBe("country");
  });

  it("the workspace and the step page show only the shared milestone, with only its shared evidence", async () => {
    for (const reader of outsiders()) {
      const { steps } = await getCountryWorkspace(database.db, reader, "TH");
      const step = steps.find((candidate) => candidate.id === stepId)!;
      expect(titlesOf(step.milestones)).toEqual(["Costing of the benefit options completed"]);
      expect(step.evidenceCount).toBe(1);
      const page = await getCountryStep(database.db, reader, { countryCode: "TH", countryStepId: stepId });
      expect(titlesOf(page.milestones)).toEqual(["Costing of the benefit options completed"]);
      expect(page.milestones[0]!.evidence.map((item) => item.title)).toEqual(["Costing report"]);
    }
  });

  it("the unshared milestone's page is not found, and the shared one's lists only shared evidence", async () => {
    for (const reader of outsiders()) {
      await expect(getMilestone(database.db, reader, { countryCode: "TH", milestoneId: kept.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listMilestoneHistory(database.db, reader, { countryCode: "TH", milestoneId: kept.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      const { milestone } = await getMilestone(database.db, reader, { countryCode: "TH", milestoneId: shared.id });
      expect(milestone.evidence.map((item) => item.title)).toEqual(["Costing report"]);
    }
  });

  it("files kept to the country, or on a milestone kept to the country, do not download", async () => {
    for (const reader of outsiders()) {
      await expect(getEvidenceFile(database.db, reader, shared.file)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getEvidenceFile(database.db, reader, kept.file)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("the timeline and the histories leave out what is kept to the country", async () => {
    for (const reader of outsiders()) {
      const { entries } = await getCountryTimeline(database.db, reader, "TH");
      const said = JSON.stringify(entries);
      expect(said).toContain("Costing of the benefit options completed");
      expect(said).toContain("Costing report");
      expect(said).not.toContain("negotiation");
      expect(said).not.toContain("working-figures");

      const stepHistory = JSON.stringify(await listStepHistory(database.db, reader, { countryCode: "TH", countryStepId: stepId }));
      expect(stepHistory).toContain("Costing report");
      expect(stepHistory).not.toMatch(/negotiation|Confidential|working-figures/);
      const milestoneHistory = JSON.stringify(await listMilestoneHistory(database.db, reader, { countryCode: "TH", milestoneId: shared.id }));
      expect(milestoneHistory).not.toContain("working-figures");
    }
  });

  it("search finds the shared milestone and nothing kept to the country", async () => {
    for (const reader of outsiders()) {
      const found = await searchEverything(database.db, reader, { q: "costing", kind: "milestones" }, "en");
      expect(found.groups[0]!.hits.map((hit) => hit.id)).toEqual([shared.id]);
      const hidden = await searchEverything(database.db, reader, { q: "negotiation confidential" }, "en");
      expect(hidden.groups.find((group) => group.kind === "milestones")).toMatchObject({ total: 0, hits: [] });
    }
  });

  it("\"How other countries did it\" on Mozambique's step lists the shared milestone with its shared evidence only", async () => {
    for (const reader of [mozambique, coordinator]) {
      const { shared: items } = await getStepLearning(database.db, reader, { countryCode: "MZ", stepKey: "costing_financing" });
      expect(items.map((item) => [item.title, item.countryCode, item.evidence.map((piece) => piece.title)])).toEqual([
        ["Costing of the benefit options completed", "TH", ["Costing report"]],
      ]);
    }
  });
});

describe("what the country's own group and coordinators see", () => {
  it("everything, everywhere", async () => {
    for (const reader of [thaiColleague, coordinator]) {
      const page = await getCountryStep(database.db, reader, { countryCode: "TH", countryStepId: stepId });
      expect(titlesOf(page.milestones)).toEqual(["Budget negotiation with the finance ministry", "Costing of the benefit options completed"]);
      expect(page.evidenceCount).toBe(3);
      expect((await getEvidenceFile(database.db, reader, kept.file)).originalName).toBe("negotiation-notes.pdf");
      const found = await searchEverything(database.db, reader, { q: "negotiation", kind: "milestones" }, "en");
      expect(found.groups[0]!.hits.map((hit) => hit.id)).toEqual([kept.id]);
    }
  });
});

describe("changing a sharing level", () => {
  it("sharing a file lets others download it; keeping a milestone back hides it again, from search too", async () => {
    await changeEvidenceSharing(database.db, thaiColleague, { evidenceId: shared.file, sharingLevel: "all" });
    expect((await getEvidenceFile(database.db, mozambique, shared.file)).originalName).toBe("working-figures.pdf");
    await expect(changeEvidenceSharing(database.db, mozambique, { evidenceId: shared.file, sharingLevel: "country" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    const [current] = await database.db.select().from(milestones).where(eq(milestones.id, shared.id));
    await editMilestone(database.db, thai, {
      milestoneId: shared.id,
      version: current!.version,
      title: current!.title,
      occurredOn: current!.occurredOn,
      description: current!.description,
      sharingLevel: "country",
    });
    await expect(getMilestone(database.db, mozambique, { countryCode: "TH", milestoneId: shared.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEvidenceFile(database.db, mozambique, shared.file)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const found = await searchEverything(database.db, mozambique, { q: "costing", kind: "milestones" }, "en");
    expect(found.groups[0]!.total).toBe(0);
    const { rows: history } = await listMilestoneHistory(database.db, thai, { countryCode: "TH", milestoneId: shared.id });
    expect(history[0]).toMatchObject({ action: "milestone.edit", changes: [{ field: "sharingLevel", before: "all", after: "country" }] });
  });
});

describe("items recorded before sharing levels existed", () => {
  it("are shared with all by the data migration, as every signed-in user could read them before", async () => {
    const [older] = await database.db.select({ id: milestones.id }).from(milestones).where(eq(milestones.id, kept.id));
    const statements = (await readFile("db/migrations/0006_existing_items_stay_shared.sql", "utf8")).split("--> statement-breakpoint");
    for (const statement of statements) await database.db.execute(sql.raw(statement));
    const [after] = await database.db.select({ sharingLevel: milestones.sharingLevel }).from(milestones).where(eq(milestones.id, older!.id));
    expect(after?.sharingLevel).toBe("all");
  });
});
