/**
 * The resources the source names, as library entries: title, year and agencies only. No link is given
 * because none is known for certain; a coordinator adds one (or the file) when they have it. A year the source
 * does not state is left out rather than guessed; the agencies are the ones the source names with the resource
 * or, for the tools it lists, the ILO, whose social protection department publishes them.
 */
import type { resourceKinds } from "../schema/values";

export type SeedResource = {
  seedKey: string;
  title: string;
  kind: (typeof resourceKinds)[number];
  year: number | null;
  /** Agencies by their acronym in the seed. */
  agencies: string[];
  stepKeys: string[];
  languages: string[];
  description: string;
};

export const seedResources: SeedResource[] = [
  {
    seedKey: "un-joint-operations-manual-2009",
    title: "Manual and strategic framework for joint UN operations at country level",
    kind: "manual",
    year: 2009,
    // The source says "UN, 2009" and names no agency; Socle has no agency "UN", so none is claimed for it.
    agencies: [],
    stepKeys: ["stakeholders", "working_group", "awareness"],
    languages: ["en"],
    description: "Published by the United Nations (UN, 2009): how UN agencies work together at country level.",
  },
  {
    seedKey: "spfi-brochure-2010",
    title: "The Social Protection Floor Initiative (brochure)",
    kind: "brochure",
    year: 2010,
    agencies: ["ILO", "WHO"],
    stepKeys: ["awareness"],
    languages: ["en"],
    description: "What the SPF Initiative is and does, for awareness raising.",
  },
  {
    seedKey: "sharing-innovative-experiences",
    title: "Sharing Innovative Experiences: Successful Social Protection Floor Experiences",
    kind: "country_experience",
    year: null,
    agencies: ["ILO", "SU/SSC"],
    stepKeys: ["policy_options", "costing_financing"],
    languages: ["en"],
    description: "National experiences documented by national experts, for South-South and triangular cooperation.",
  },
  {
    seedKey: "rapid-assessment-protocol",
    title: "Rapid Assessment Protocol (RAP)",
    kind: "tool_methodology",
    year: null,
    agencies: ["ILO"],
    stepKeys: ["assessment", "costing_financing"],
    languages: ["en"],
    description: "A method to assess needs and estimate the cost of social protection floor benefits.",
  },
  {
    seedKey: "social-protection-expenditure-reviews",
    title: "Social protection expenditure and performance reviews (SPER)",
    kind: "tool_methodology",
    year: null,
    agencies: ["ILO"],
    stepKeys: ["assessment", "costing_financing"],
    languages: ["en"],
    description: "Reviews of what a country spends on social protection and what the spending achieves.",
  },
  {
    seedKey: "social-budget-model",
    title: "Social budget model",
    kind: "tool_methodology",
    year: null,
    agencies: ["ILO"],
    stepKeys: ["costing_financing"],
    languages: ["en"],
    description: "Projects social protection spending and revenue within the national budget.",
  },
  {
    seedKey: "actuarial-models",
    title: "Actuarial models for social security",
    kind: "tool_methodology",
    year: null,
    agencies: ["ILO"],
    stepKeys: ["costing_financing"],
    languages: ["en"],
    description: "Actuarial valuation of pension and health schemes, for costing and financing options.",
  },
  {
    seedKey: "abnd-guide",
    title: "Assessment-based national dialogue (ABND): a good practices guide",
    kind: "guide",
    year: null,
    agencies: ["ILO"],
    stepKeys: ["assessment", "policy_options", "costing_financing"],
    languages: ["en"],
    description: "How to assess the social protection situation and agree on options through national dialogue.",
  },
];

/** Where trainings take place, as the source names them. */
export const seedTrainingInstitutions = [
  { seedKey: "itc-ilo-turin", name: "International Training Centre of the ILO (Turin)" },
  { seedKey: "maastricht-university", name: "Maastricht University" },
  { seedKey: "university-of-lausanne", name: "University of Lausanne" },
  { seedKey: "university-of-mauritius", name: "University of Mauritius" },
];
