/**
 * The demonstration dataset's chapter on the assessment's scheme inventory: in the countries that have one
 * (scheme-inventories.ts), the working group records its schemes in the first weeks of the assessment step, and
 * later brings the first scheme's coverage figures up to date, so its history shows a correction. Told after every
 * other chapter but the matrices' (which read its schemes): it draws from the seeded source after them, leaving the
 * rest of the dataset as it was before it.
 */
import { addScheme } from "@/lib/assessment/add-scheme";
import { editScheme } from "@/lib/assessment/edit-scheme";
import { type DemoScheme, demoInventories } from "../scheme-inventories";
import { dayMs, type Scene, type Story } from "../story";

export function tellInventory(story: Story, scene: Scene): void {
  const { db, at, versionOf } = story;
  const { country, plan, moment } = scene;
  const inventory = demoInventories[country.code];
  const assessment = plan.steps.find((step) => step.key === "assessment");
  if (!inventory || !assessment) return;
  const [memberA, memberB] = scene.members;
  const fields = (scheme: DemoScheme) => ({
    nationalName: scheme.nationalName,
    englishName: scheme.englishName,
    guarantees: scheme.guarantees,
    contribution: scheme.contribution,
    kind: scheme.kind,
    legalBasis: scheme.legalBasis,
    institution: scheme.institution,
    targetGroup: scheme.targetGroup,
    eligibility: scheme.eligibility,
    benefitForm: scheme.benefitForm,
    benefitAmount: scheme.benefit?.amount ?? "",
    benefitCurrency: scheme.benefit ? country.currency : "",
    benefitFrequency: scheme.benefit?.frequency ?? "",
    status: scheme.status,
    startedOn: scheme.startedOn,
    legalCoverage: scheme.coverage?.legal === undefined ? "" : String(scheme.coverage.legal),
    effectiveCoverage: scheme.coverage ? String(scheme.coverage.effective) : "",
    coverageYear: scheme.coverage ? String(scheme.coverage.year) : "",
    coverageSource: scheme.coverage ? inventory.source : "",
    expenditureAmount: scheme.expenditure?.amount ?? "",
    expenditureCurrency: scheme.expenditure ? country.currency : "",
    expenditureYear: scheme.expenditure ? String(scheme.expenditure.year) : "",
    expenditureSource: scheme.expenditure ? inventory.source : "",
    financing: scheme.financing,
  });

  let firstId: string | undefined;
  inventory.schemes.forEach((scheme, index) => {
    const recorded = fields(scheme);
    // The first scheme is recorded with the previous year's figures, corrected further on.
    const first = index === 0 && scheme.coverage;
    const start = first ? { ...recorded, effectiveCoverage: String(Math.round(scheme.coverage!.effective * 0.93)), coverageYear: String(scheme.coverage!.year - 1) } : recorded;
    at("scheme", moment(assessment.start + (index + 1) * 4 * dayMs), async () => {
      const { id } = await addScheme(db, index % 2 === 0 ? memberA : memberB, { countryCode: country.code, sharingLevel: scheme.draft ? "country" : "all", ...start });
      if (index === 0) firstId = id;
    });
  });
  const afterTheLast = assessment.start + (inventory.schemes.length + 2) * 4 * dayMs;
  const correctedAt = Math.max(afterTheLast, Math.min(assessment.lastActivity, assessment.start + 75 * dayMs));
  at("scheme", moment(correctedAt), async () => {
    if (!firstId) return;
    await editScheme(db, memberB, { id: firstId, version: await versionOf("schemes", firstId), ...fields(inventory.schemes[0]!) });
  });
}
