/**
 * The gaps view across countries: counts per guarantee and country (withdrawn items and schemes left out), the
 * sharing rule (a matrix kept to Mozambique gives an outsider no figure, not even its schemes'), the filters, and
 * a filter that cannot be read ignored and said.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assessmentMatrices } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { addScheme } from "@/lib/assessment/add-scheme";
import { cashTransfer, createSchemeCast } from "@/lib/assessment/test-helpers";
import { withdrawScheme } from "@/lib/assessment/withdraw-scheme";
import { logMilestone } from "@/lib/progress/log-milestone";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { agencyIdOf, createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { addAssessmentItem } from "./add-item";
import { decideRecommendation } from "./decide-recommendation";
import { endorseAssessment } from "./endorse";
import { type AssessmentGaps, getAssessmentGaps } from "./gaps";
import { shareAssessment } from "./share";
import { withdrawAssessmentItem } from "./withdraw-item";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;

const matrixVersion = async (countryCode: string) =>
  (await database.db.select({ version: assessmentMatrices.version }).from(assessmentMatrices).where(eq(assessmentMatrices.countryCode, countryCode)))[0]!.version;

beforeAll(async () => {
  people = await createSchemeCast(database);
  const { db } = database;
  const member = people.mozambique;
  // Mozambique's inventory: for children one scheme in force (kept to the country), one pilot, one withdrawn.
  await addScheme(db, member, cashTransfer({ nationalName: "Subsídio para Crianças", guarantees: ["children"] }));
  await addScheme(db, member, cashTransfer({ nationalName: "Piloto", guarantees: ["children"], status: "pilot" }));
  const gone = await addScheme(db, member, cashTransfer({ nationalName: "Antigo", guarantees: ["children", "health"] }));
  await withdrawScheme(db, member, { id: gone.id, version: 1, reason: "Merged" });

  // Its matrix, kept to the country: two live policy gaps for children (one withdrawn), recommendations in each status.
  const add = (fields: Record<string, string>) => addAssessmentItem(db, member, { countryCode: "MZ", guarantee: "children", ...fields });
  await add({ section: "policy_gap", statement: "No child benefit outside the pilot districts" });
  await add({ section: "policy_gap", statement: "No birth grant" });
  const withdrawnGap = await add({ section: "policy_gap", statement: "Typed twice" });
  await withdrawAssessmentItem(db, member, { id: withdrawnGap.id, version: 1, reason: "Duplicate" });
  await add({ section: "implementation_issue", statement: "Payments late" });
  const recommend = (statement: string) => add({ section: "recommendation", statement, recommendationKind: "benefit_coverage", priority: "high" });
  await recommend("Stays proposed");
  const endorsed = await recommend("Endorsed");
  const adopted = await recommend("Adopted");
  const dropped = await recommend("Dropped");
  const withdrawn = await recommend("Withdrawn");
  await withdrawAssessmentItem(db, member, { id: withdrawn.id, version: 1, reason: "Out of scope" });
  const dialogue = await logMilestone(db, member, {
    countryStepId: (await stepOf(db, "MZ", "costing_financing")).id,
    title: "National dialogue",
    occurredOn: "2025-06-12",
    links: [{ url: "https://example.org/minutes", title: "Minutes" }],
  });
  await endorseAssessment(db, member, { countryCode: "MZ", version: await matrixVersion("MZ"), milestoneId: dialogue.id, recommendationIds: [endorsed.id, adopted.id] });
  await decideRecommendation(db, member, { id: adopted.id, version: 1, status: "adopted", decidedOn: "2025-09-01", reason: "" });
  await decideRecommendation(db, member, { id: dropped.id, version: 1, status: "dropped", decidedOn: "2025-09-01", reason: "No budget" });
  // Older persons: a scheme in force; no gap.
  await addScheme(db, member, cashTransfer({ guarantees: ["older_persons"] }));

  // Nepal's matrix, shared with everyone signed in by a coordinator: one gap for health, nothing for children.
  await addAssessmentItem(db, people.coordinator, { countryCode: "NP", guarantee: "health", section: "policy_gap", statement: "Out-of-pocket costs" });
  await shareAssessment(db, people.coordinator, { countryCode: "NP", version: await matrixVersion("NP"), sharingLevel: "all" });

  // The ILO supports Mozambique.
  await addSupportEntry(db, people.adviser, {
    countryCode: "MZ",
    agencyId: await agencyIdOf(db, "ILO"),
    kind: "technical",
    technicalCategory: "policy_legal_design",
    title: "Assessment support",
    status: "delivered",
  });
});

const gapsOf = (actor: Actor, query: Record<string, unknown> = {}) => getAssessmentGaps(database.db, actor, query);
const rowOf = (gaps: AssessmentGaps, guarantee: string, code: string) => gaps.blocks.find((block) => block.guarantee === guarantee)?.rows.find((row) => row.countryCode === code);
const codes = (countries: { countryCode: string }[]) => countries.map((country) => country.countryCode);

describe("the gaps view", () => {
  it("counts, per guarantee, the schemes in force, the live policy gaps and the live recommendations by status", async () => {
    for (const insider of [people.mozambiqueColleague, people.coordinator]) {
      const gaps = await gapsOf(insider);
      expect(gaps.blocks.map((block) => block.guarantee)).toEqual(["health", "children", "active_age", "older_persons"]);
      expect(rowOf(gaps, "children", "MZ")).toEqual({
        countryCode: "MZ",
        countryName: expect.objectContaining({ en: "Mozambique" }),
        region: "africa",
        schemesInForce: 1,
        policyGaps: 2,
        recommendations: { proposed: 1, endorsed: 1, adopted: 1, dropped: 1 },
      });
      expect(rowOf(gaps, "older_persons", "MZ")).toMatchObject({ schemesInForce: 1, policyGaps: 0, recommendations: { proposed: 0, endorsed: 0, adopted: 0, dropped: 0 } });
      // The withdrawn scheme served health too: Mozambique has nothing in force there.
      expect(rowOf(gaps, "health", "MZ")).toMatchObject({ schemesInForce: 0, policyGaps: 0 });
      expect(rowOf(gaps, "health", "NP")).toMatchObject({ schemesInForce: 0, policyGaps: 1 });
    }
  });

  it("lists a readable country with nothing recorded once, as none recorded, and no row for it", async () => {
    const gaps = await gapsOf(people.coordinator);
    expect(codes(gaps.noneRecorded)).toContain("TG");
    expect(codes(gaps.noneRecorded)).not.toContain("MZ");
    expect(gaps.notShared).toEqual([]);
    for (const block of gaps.blocks) expect(codes(block.rows)).toEqual(["MZ", "NP"]);
    expect(codes((await gapsOf(people.togo)).noneRecorded)).toEqual(["TG"]);
  });

  it("gives no figure for a matrix kept to Mozambique to a Togo member, a reviewer or an adviser: it is listed as not shared", async () => {
    for (const outsider of [people.togo, people.reviewer, people.adviser]) {
      const gaps = await gapsOf(outsider);
      expect(codes(gaps.notShared)).toContain("MZ");
      expect(codes(gaps.noneRecorded)).not.toContain("MZ");
      for (const block of gaps.blocks) expect(codes(block.rows)).not.toContain("MZ");
      expect(JSON.stringify(gaps.blocks)).not.toContain("Mozambique");
    }
  });

  it("gives a reviewer only the shared matrices; a country without a matrix is not shared to them either", async () => {
    const gaps = await gapsOf(people.reviewer);
    for (const block of gaps.blocks) expect(codes(block.rows)).toEqual(["NP"]);
    expect(gaps.noneRecorded).toEqual([]);
    expect(codes(gaps.notShared)).toEqual(expect.arrayContaining(["MZ", "TG", "BJ"]));
    expect(codes(gaps.notShared)).not.toContain("NP");
  });

  it("once Mozambique shares its matrix, gives outsiders its items, but not the schemes it keeps to itself", async () => {
    await shareAssessment(database.db, people.mozambique, { countryCode: "MZ", version: await matrixVersion("MZ"), sharingLevel: "all" });
    try {
      const gaps = await gapsOf(people.togo);
      expect(rowOf(gaps, "children", "MZ")).toMatchObject({ schemesInForce: 0, policyGaps: 2, recommendations: { proposed: 1, endorsed: 1, adopted: 1, dropped: 1 } });
      expect(codes(gaps.notShared)).not.toContain("MZ");
    } finally {
      await shareAssessment(database.db, people.mozambique, { countryCode: "MZ", version: await matrixVersion("MZ"), sharingLevel: "country" });
    }
  });

  it("keeps the countries of a region, an SPF-I status or an agency's support, and one guarantee", async () => {
    const africa = await gapsOf(people.coordinator, { region: "africa" });
    expect(africa.blocks.flatMap((block) => codes(block.rows))).not.toContain("NP");
    expect(codes(africa.noneRecorded)).not.toContain("NP");
    expect(codes(africa.noneRecorded)).toContain("TG");
    const interest = await gapsOf(people.coordinator, { spfiStatus: "interest_expressed" });
    expect(interest.blocks.flatMap((block) => codes(block.rows))).toEqual([]);
    expect(codes(interest.noneRecorded)).toContain("DZ");
    const ilo = await gapsOf(people.coordinator, { agency: "ILO" });
    expect(codes(ilo.blocks[0]!.rows)).toEqual(["MZ"]);
    expect(ilo.noneRecorded).toEqual([]);
    const children = await gapsOf(people.coordinator, { guarantee: "children" });
    expect(children.blocks.map((block) => block.guarantee)).toEqual(["children"]);
    expect(codes(children.blocks[0]!.rows)).toEqual(["MZ", "NP"]);
    expect(children.ignored).toEqual([]);
  });

  it("ignores a filter it cannot read and says so, keeping the others; blanks are no filter", async () => {
    const gaps = await gapsOf(people.coordinator, { region: "atlantis", guarantee: "children", spfiStatus: "", agency: "\u0000" });
    expect(gaps.ignored).toEqual(["region", "agency"]);
    expect(gaps.query).toEqual({ guarantee: "children", region: undefined, spfiStatus: undefined, agency: undefined });
    expect(codes(gaps.blocks[0]!.rows)).toEqual(["MZ", "NP"]);
    expect((await gapsOf(people.coordinator, { guarantee: ["children", "health"] })).ignored).toEqual(["guarantee"]);
  });

  it("is refused to a person without a role", async () => {
    const nobody = await createPerson(database, { role: null });
    await expect(gapsOf(nobody)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
