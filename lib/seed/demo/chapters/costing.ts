/**
 * The demonstration dataset's chapter on the costing (key step 6, decisions 1800–1820): over Mozambique's costing
 * step, its working group frames the costing (2025–2035, meticais), imports the population from a CSV file, types
 * each year's figures, costs three benefits (two of them the endorsed recommendations of its matrix), groups them into
 * a low and a high package, finances the high one in part, and shares the costing; a national dialogue, logged on the
 * step with its report, validates it; the group then turns two years of the high package's gap into funding needs on
 * key step 8 and slows the pension's roll-out, so the draft differs from version 1. Every figure is a demonstration
 * figure (costing-figures.ts). Told last: it draws from the seeded source after every other chapter.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { assessmentItems, costings, costingScenarios } from "@/db/schema";
import { addPackage } from "@/lib/costing/data/add-package";
import { addScenario } from "@/lib/costing/data/add-scenario";
import { createNeedsFromPackage } from "@/lib/costing/data/create-needs";
import { editScenario } from "@/lib/costing/data/edit-scenario";
import { importPopulation } from "@/lib/costing/data/import-population";
import { setFinancing } from "@/lib/costing/data/set-financing";
import { setCostingFrame } from "@/lib/costing/data/set-frame";
import { setYearFigures } from "@/lib/costing/data/set-year-figures";
import { shareCosting } from "@/lib/costing/data/share";
import { validateCosting } from "@/lib/costing/data/validate";
import { logMilestone } from "@/lib/progress/log-milestone";
import {
  costingDialogue,
  costingFrame,
  type DemoScenario,
  demoFinancing,
  demoPackages,
  demoPopulationCsv,
  demoScenarios,
  demoYearFigures,
  financedPackage,
  neededYears,
  pensionAfterDialogue,
} from "../costing-figures";
import { demoPdf } from "../documents";
import type { StampedTable } from "../stamping";
import { dayMs, isoDay, type Scene, type Story } from "../story";

type Change = Parameters<Story["at"]>[0];

/** The one country whose costing the demo tells. */
export const demoCostingCountry = "MZ";

export function tellCosting(story: Story, scene: Scene): void {
  const { db, tx } = story;
  const { country, plan, moment } = scene;
  const step = plan.steps.find((candidate) => candidate.key === "costing_financing");
  if (country.code !== demoCostingCountry || !step) return;
  const countryCode = country.code;
  const [memberA, memberB] = scene.members;
  const span = (step.completedAt ?? step.lastActivity) - step.start;
  const during = (share: number) => moment(step.start + Math.round(span * share));

  // Nothing is drawn while the changes run, so leaving the costing out here changes nothing else in the dataset.
  let ours: boolean | undefined;
  const change = (kind: Change, when: number, run: () => Promise<void>, tables?: readonly StampedTable[]) =>
    story.at(
      kind,
      when,
      async () => {
        // A costing there before the demo's first change is a real person's: left to them.
        ours ??= (await tx.select({ code: costings.countryCode }).from(costings).where(eq(costings.countryCode, countryCode))).length === 0;
        if (ours) await run();
      },
      tables,
    );
  const version = async () => (await tx.select({ version: costings.version }).from(costings).where(eq(costings.countryCode, countryCode)))[0]!.version;
  const scenarioIds = new Map<DemoScenario["key"], string>();
  const packageIds = new Map<string, string>();

  change("costing", during(0.06), async () => {
    await setCostingFrame(db, memberA, { countryCode, version: 0, ...costingFrame });
  });
  change("costing", during(0.1), async () => {
    await importPopulation(db, memberB, { countryCode, version: await version(), text: demoPopulationCsv() });
  });
  change("costing", during(0.14), async () => {
    await setYearFigures(db, memberA, { countryCode, version: await version(), years: demoYearFigures() });
  });
  demoScenarios.forEach((scenario, index) => {
    change("costing", during(0.2 + 0.06 * index), async () => {
      const recommendationId = scenario.costs ? await endorsedRecommendation(story, countryCode, scenario.costs) : "";
      const { id } = await addScenario(db, index % 2 === 0 ? memberA : memberB, { countryCode, ...scenario.form, recommendationId });
      scenarioIds.set(scenario.key, id);
    });
  });
  demoPackages.forEach((costingPackage, index) => {
    change("costing", during(0.4 + 0.03 * index), async () => {
      const { id } = await addPackage(db, memberB, { countryCode, name: costingPackage.name, scenarioIds: costingPackage.scenarios.map((key) => scenarioIds.get(key)!) });
      packageIds.set(costingPackage.name, id);
    });
  });
  change("costing", during(0.48), async () => {
    await setFinancing(db, memberA, { countryCode, version: await version(), packageId: packageIds.get(financedPackage)!, rows: demoFinancing() });
  });
  change("costing", during(0.52), async () => {
    await shareCosting(db, memberA, { countryCode, version: await version(), sharingLevel: "all" });
  });

  const heldAt = during(0.6);
  let milestoneId: string | undefined;
  change(
    "milestone",
    heldAt,
    async () => {
      const lines = [`${country.capital}, ${isoDay(heldAt)}`, ...costingDialogue.report.lines];
      const report = new File([new Uint8Array(demoPdf(costingDialogue.report.heading, lines))], costingDialogue.report.file, { type: "application/pdf" });
      const logged = await logMilestone(db, memberB, {
        countryStepId: story.stepId(countryCode, "costing_financing"),
        countryCode,
        title: costingDialogue.title,
        occurredOn: isoDay(heldAt),
        description: costingDialogue.description,
        sharingLevel: "all",
        evidenceSharingLevel: "all",
        files: [report],
      });
      milestoneId = logged.id;
    },
    ["milestones", "evidence", "stored_files"],
  );
  change("costing", Math.min(heldAt + 2 * 3_600_000, story.end), async () => {
    await validateCosting(db, memberA, { countryCode, version: await version(), milestoneId: milestoneId! });
  });
  // Key step 8 moved by a real person is theirs (as every step is, story.ts): the needs are left out, the moment still drawn.
  const needsAt = moment(heldAt + 8 * dayMs);
  if (!story.stepMovedByOthers(countryCode, "support_needs")) {
    change(
      "need",
      needsAt,
      async () => {
        await createNeedsFromPackage(db, memberB, { countryCode, version: await version(), packageId: packageIds.get(financedPackage)!, years: neededYears });
      },
      ["support_needs", "costings"],
    );
  }
  change("costing", moment(heldAt + 20 * dayMs), async () => {
    const pension = demoScenarios.find((scenario) => scenario.key === "socialPension")!;
    const [row] = await tx.select().from(costingScenarios).where(eq(costingScenarios.id, scenarioIds.get("socialPension")!));
    await editScenario(db, memberA, { ...pension.form, recommendationId: row!.recommendationId ?? "", id: row!.id, version: row!.version, ...pensionAfterDialogue });
  });
}

/**
 * The endorsed (or adopted) recommendation of kind "benefit or coverage change" in the guarantee's block of the
 * country's matrix, which the scenario costs; none (the scenario stands alone) where the matrix has none, as when a
 * real person's matrix took the demo's place.
 */
async function endorsedRecommendation(story: Story, countryCode: string, guarantee: "children" | "older_persons"): Promise<string> {
  const [item] = await story.tx
    .select({ id: assessmentItems.id })
    .from(assessmentItems)
    .where(
      and(
        eq(assessmentItems.countryCode, countryCode),
        eq(assessmentItems.guarantee, guarantee),
        eq(assessmentItems.section, "recommendation"),
        eq(assessmentItems.recommendationKind, "benefit_coverage"),
        inArray(assessmentItems.status, ["endorsed", "adopted"]),
        isNull(assessmentItems.deletedAt),
      ),
    )
    .orderBy(asc(assessmentItems.position))
    .limit(1);
  return item?.id ?? "";
}
