/**
 * The learning catalogue on a fresh database: the seeded library and its filters, "Tools for this step",
 * experience write-ups under "How other countries did it" in the languages they were written in, and the
 * training totals per country and institution (decision 0501).
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { experienceFormValues } from "@/components/experiences/experience-form-values";
import { resourceFormValues } from "@/components/library/resource-form-values";
import { resources, trainingInstitutions } from "@/db/schema";
import { seedDatabase } from "@/lib/seed/seed-database";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import { editExperience } from "@/lib/experiences/edit-experience";
import { featureExperience } from "@/lib/experiences/feature-experience";
import { publishExperience } from "@/lib/experiences/publish-experience";
import { writeExperience } from "@/lib/experiences/write-experience";
import { addResource } from "@/lib/library/add-resource";
import { editResource } from "@/lib/library/edit-resource";
import { getResource, type ResourceView } from "@/lib/library/get-resource";
import { listResources } from "@/lib/library/list-resources";
import type { ExperienceView } from "@/lib/experiences/list-experiences";
import { searchEverything } from "@/lib/search/search-everything";
import { agencyIdOf, createPerson, useTestDatabase } from "@/lib/testing/database";
import { getTrainingTotals } from "@/lib/trainings/get-training-totals";
import { listCountryTrainings } from "@/lib/trainings/list-trainings";
import { recordTraining } from "@/lib/trainings/record-training";
import { withdrawTraining } from "@/lib/trainings/withdraw-training";
import { getStepLearning } from "./get-step-learning";

const database = useTestDatabase();
let mozambique: Actor;
let thai: Actor;
let reviewer: Actor;
let coordinator: Actor;

beforeAll(async () => {
  mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  thai = await createPerson(database, { role: "working_group_member", countryCode: "TH" });
  reviewer = await createPerson(database, { role: "reviewer" });
  coordinator = await createPerson(database, { role: "coordinator" });
});

const titles = (items: { title: string }[]) => items.map((item) => item.title);

describe("the library", () => {
  it("holds the resources the source names, with no invented link, and seeding again adds nothing", async () => {
    await seedDatabase(database.db, { demoAccounts: false });
    const { resources: all } = await listResources(database.db, reviewer, {});
    expect(titles(all)).toEqual(
      expect.arrayContaining([
        "Manual and strategic framework for joint UN operations at country level",
        "The Social Protection Floor Initiative (brochure)",
        "Rapid Assessment Protocol (RAP)",
        "Actuarial models for social security",
      ]),
    );
    expect(all.filter((resource) => resource.url !== null || resource.fileId !== null)).toEqual([]);
    expect(all.find((resource) => resource.title.includes("brochure"))).toMatchObject({ year: 2010 });
    expect(all.find((resource) => resource.title.includes("brochure"))!.agencies.map((agency) => agency.acronym)).toEqual(["ILO", "WHO"]);
    expect((await database.db.select({ id: resources.id }).from(resources)).length).toBe(all.length);
    expect((await database.db.select({ id: trainingInstitutions.id }).from(trainingInstitutions)).length).toBe(4);
  });

  it("filters by step, kind, language and agency; unknown filter values are ignored", async () => {
    const costing = titles((await listResources(database.db, mozambique, { step: "costing_financing", kind: "tool_methodology" })).resources);
    expect(costing).toContain("Rapid Assessment Protocol (RAP)");
    expect(costing).not.toContain("The Social Protection Floor Initiative (brochure)");
    const bySsc = titles((await listResources(database.db, mozambique, { agency: "SU/SSC" })).resources);
    expect(bySsc).toEqual(["Sharing Innovative Experiences: Successful Social Protection Floor Experiences"]);
    expect((await listResources(database.db, mozambique, { language: "pt" })).resources).toEqual([]);
    const ignored = await listResources(database.db, mozambique, { kind: "poem", agency: "<script>" });
    expect(ignored.query).toEqual({ step: undefined, kind: undefined, language: undefined, agency: undefined });
  });

  it("shows its tools on the step they serve, to any reader", async () => {
    const learning = await getStepLearning(database.db, mozambique, { countryCode: "MZ", stepKey: "costing_financing" });
    expect(titles(learning.tools)).toContain("Rapid Assessment Protocol (RAP)");
    const search = await searchEverything(database.db, mozambique, { q: "actuarial" }, "pt");
    expect(search.groups.find((group) => group.kind === "resources")!.hits.map((hit) => hit.title.replace(/[\uE000\uE001]/g, ""))).toEqual([
      "Actuarial models for social security",
    ]);
  });
});

describe("experience write-ups", () => {
  it("appear on the same step of other countries, featured first, in the languages they were written in", async () => {
    const written = await writeExperience(database.db, thai, {
      countryCode: "TH",
      stepKey: "costing_financing",
      language: "en",
      title: "Costing a universal pension with the RAP",
      whatWasDone: "The working group costed three pension options with the finance ministry.",
    });
    const inFrench = await writeExperience(database.db, thai, {
      countryCode: "TH",
      stepKey: "costing_financing",
      language: "fr",
      title: "Un budget social en trois mois",
      whatWasDone: "Le groupe a préparé un budget social.",
    });
    for (const { id } of [written, inFrench]) await publishExperience(database.db, thai, { experienceId: id, version: 1, sharingLevel: "all" });
    await featureExperience(database.db, coordinator, { experienceId: written.id, featured: "true" });
    const learning = await getStepLearning(database.db, mozambique, { countryCode: "MZ", stepKey: "costing_financing" });
    expect(learning.experiences.map((experience) => experience.texts.map((text) => text.language))).toEqual([["en"], ["fr"]]);
    expect(learning.experiences[0]).toMatchObject({ featured: true });
    // Thailand's own page of the step lists its write-ups apart, not among "other countries".
    const own = await getStepLearning(database.db, thai, { countryCode: "TH", stepKey: "costing_financing" });
    expect(own.experiences).toEqual([]);
    expect(own.ownExperiences).toHaveLength(2);
  });

  it("cannot be featured by a working group", async () => {
    const [first] = (await getStepLearning(database.db, mozambique, { countryCode: "MZ", stepKey: "costing_financing" })).experiences;
    await expect(featureExperience(database.db, thai, { experienceId: first!.id, featured: "false" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("training totals", () => {
  it("sum participants by sex per country and per institution, leaving withdrawn trainings out", async () => {
    const [turin] = await database.db.select().from(trainingInstitutions).where(eq(trainingInstitutions.seedKey, "itc-ilo-turin"));
    const base = { countryCode: "MZ", institutionId: turin!.id, otherInstitution: "", fundingAgencyId: await agencyIdOf(database.db, "ILO") };
    await recordTraining(database.db, mozambique, {
      ...base,
      course: "Social protection financing",
      startDate: "2024-09-02",
      participants: [
        { organisation: "Ministry of Gender, Children and Social Action", women: "5", men: "3", unstated: "" },
        { organisation: "National Institute of Social Action", women: "2", men: "2", unstated: "" },
      ],
    });
    await recordTraining(database.db, mozambique, {
      ...base,
      institutionId: "",
      otherInstitution: "Eduardo Mondlane University",
      course: "Actuarial basics",
      startDate: "2024-10-01",
      participants: [{ organisation: "INSS", women: "1", men: "0", unstated: "2" }],
    });
    const withdrawn = await recordTraining(database.db, thai, {
      ...base,
      countryCode: "TH",
      fundingAgencyId: "",
      course: "Fiscal space",
      startDate: "2024-03-01",
      participants: [{ organisation: "Ministry of Finance", women: "4", men: "4", unstated: "0" }],
    });
    await withdrawTraining(database.db, thai, { id: withdrawn.id });

    const totals = await getTrainingTotals(database.db, reviewer);
    expect(totals.byCountry).toEqual([expect.objectContaining({ countryCode: "MZ", trainings: 2, participants: 15, women: 8, men: 5, unstated: 2 })]);
    expect(totals.byInstitution.map(({ institutionName, participants }) => [institutionName, participants])).toEqual([
      ["Eduardo Mondlane University", 3],
      ["International Training Centre of the ILO (Turin)", 12],
    ]);
    expect(totals.overall).toEqual({ trainings: 2, participants: 15, women: 8, men: 5, unstated: 2 });
  });

  it("show names only to the country's group and coordinators", async () => {
    await recordTraining(database.db, mozambique, {
      countryCode: "MZ",
      institutionId: "",
      otherInstitution: "University of Mauritius",
      course: "Social security law",
      startDate: "2024-11-04",
      participantNames: "Ana Sitoe\nJosé Mabunda",
      participants: [{ organisation: "Ministry of Labour", women: "1", men: "1", unstated: "0" }],
    });
    const named = (reader: Actor) => listCountryTrainings(database.db, reader, "MZ").then(({ trainings }) => trainings[0]!.participantNames);
    expect(await named(mozambique)).toEqual(["Ana Sitoe", "José Mabunda"]);
    expect(await named(coordinator)).toEqual(["Ana Sitoe", "José Mabunda"]);
    expect(await named(thai)).toBeNull();
    expect(await named(reviewer)).toBeNull();
  });
});

describe("stale edits", () => {
  const refusal = (save: Promise<unknown>) => save.then(() => expect.unreachable("saved a stale version"), (error: AppError) => error);

  it("a resource saved from an older version is refused, and the form shows the resource as saved since", async () => {
    const { id } = await addResource(database.db, coordinator, { title: "Costing manual", kind: "manual", stepKeys: ["costing_financing"], year: "2020" });
    const edit = { id, title: "Costing manual, 2nd edition", description: "", kind: "guide", stepKeys: ["costing_financing"], year: "2021" };
    await editResource(database.db, coordinator, { ...edit, version: "1" });
    const error = await refusal(editResource(database.db, coordinator, { ...edit, title: "Costing manual (draft)", version: "1" }));
    expect(error.code).toBe("CONFLICT");
    expect(resourceFormValues(error.current as ResourceView)).toMatchObject({ version: 2, title: "Costing manual, 2nd edition", kind: "guide", year: "2021" });
    expect(resourceFormValues(await getResource(database.db, coordinator, id))).toEqual(resourceFormValues(error.current as ResourceView));
  });

  it("an experience text saved from an older version is refused, and the form shows that language as saved since", async () => {
    const written = { countryCode: "MZ", stepKey: "awareness", agencyId: "", language: "en", title: "Radio spots", whatWasDone: "We bought air time." };
    const { id: experienceId } = await writeExperience(database.db, mozambique, written);
    const edit = { experienceId, language: "en", title: "Radio spots in three languages", whatWasDone: "We bought air time." };
    await editExperience(database.db, mozambique, { ...edit, version: "1" });
    const error = await refusal(editExperience(database.db, mozambique, { ...edit, title: "Radio", version: "1" }));
    expect(error.code).toBe("CONFLICT");
    expect(experienceFormValues(error.current as ExperienceView, "en")).toMatchObject({ version: 2, title: "Radio spots in three languages", whatWasDone: "We bought air time." });
  });
});
