/**
 * The demonstration dataset's costing (issue 18, decisions 1800–1820): what Mozambique's working group types into
 * its costing, in the forms' own shapes. Every figure here is a demonstration figure of Mozambique's order of size,
 * made by the formulas below: not INE's projections, not the UN World Population Prospects', not the IMF's. The
 * sources say so, so nobody quotes them as real. Computed from the year alone (no draws), so the dataset's other
 * chapters stay as they were drawn.
 */

export const costingBaseYear = 2025;
export const costingHorizonYear = 2035;
export const costingYearList = Array.from({ length: costingHorizonYear - costingBaseYear + 1 }, (_, index) => costingBaseYear + index);

/** What every source of the demo's costing says. */
export const demonstrationSource = "Demonstration figures (valores de demonstração, não oficiais)";

export const costingFrame = {
  baseYear: String(costingBaseYear),
  horizonYear: String(costingHorizonYear),
  currency: "MZN",
  populationSource: `${demonstrationSource}: projecção inventada à escala de Moçambique, não do INE nem do WPP`,
};

/**
 * The share of each five-year group in 2025, a young population (about 44 % under 15, under 3 % aged 65 and over),
 * and the share of women in it (a little above half among adults, more among the oldest).
 */
const ageGroups: { age: string; share: number; female: number }[] = [
  { age: "0-4", share: 16.35, female: 0.497 },
  { age: "5-9", share: 14.5, female: 0.498 },
  { age: "10-14", share: 12.8, female: 0.499 },
  { age: "15-19", share: 11.2, female: 0.505 },
  { age: "20-24", share: 9.4, female: 0.518 },
  { age: "25-29", share: 7.8, female: 0.522 },
  { age: "30-34", share: 6.5, female: 0.52 },
  { age: "35-39", share: 5.3, female: 0.516 },
  { age: "40-44", share: 4.2, female: 0.512 },
  { age: "45-49", share: 3.3, female: 0.51 },
  { age: "50-54", share: 2.6, female: 0.512 },
  { age: "55-59", share: 2.0, female: 0.516 },
  { age: "60-64", share: 1.5, female: 0.522 },
  { age: "65-69", share: 1.1, female: 0.53 },
  { age: "70-74", share: 0.7, female: 0.545 },
  { age: "75-79", share: 0.45, female: 0.56 },
  { age: "80+", share: 0.3, female: 0.6 },
];

/**
 * The population of every year of the frame as a CSV file laid out as the import reads it (year, sex, age,
 * population): about 34 million in 2025 growing 2.8 % a year, slowly ageing as fertility falls (the youngest
 * group's share shrinks by about 1 % of itself a year, the oldest's grows by about 3 %). Demonstration figures.
 */
export function demoPopulationCsv(): string {
  const lines = ["year,sex,age,population"];
  for (const year of costingYearList) {
    const elapsed = year - costingBaseYear;
    const total = 34_000_000 * 1.028 ** elapsed;
    const weights = ageGroups.map((group, index) => group.share * (1 + 0.0025 * (index - 4) * elapsed));
    const sum = weights.reduce((a, b) => a + b, 0);
    ageGroups.forEach((group, index) => {
      const persons = Math.round((total * weights[index]!) / sum);
      const female = Math.round(persons * group.female);
      lines.push(`${year},female,${group.age},${female}`, `${year},male,${group.age},${persons - female}`);
    });
  }
  return lines.join("\n");
}

/** Consumer price inflation, a percentage as typed; real growth, a percentage. */
const inflation = [4.2, 4.5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
const realGrowth = [3, 3.5, 4, 4.5, 5, 5, 5, 5, 5, 5, 5];

const millions = (value: number) => String(Math.round(value / 1_000_000) * 1_000_000);

/**
 * Each year's figures as the years form sends them: nominal GDP (MZN 1,520 billion in 2025, growing with real
 * growth and prices), government expenditure (29 % of GDP, easing to 27 %), inflation, and a poverty line of
 * MZN 21,600 a person a year (1,800 a month) in 2025, following prices. Demonstration figures.
 */
export function demoYearFigures(): Record<string, string>[] {
  let gdp = 1_520_000_000_000;
  let povertyLine = 21_600;
  return costingYearList.map((year, index) => {
    if (index > 0) {
      gdp *= (1 + realGrowth[index]! / 100) * (1 + inflation[index]! / 100);
      povertyLine *= 1 + inflation[index]! / 100;
    }
    return {
      year: String(year),
      gdp: millions(gdp),
      gdpSource: demonstrationSource,
      governmentExpenditure: millions(gdp * (0.29 - 0.002 * index)),
      governmentExpenditureSource: demonstrationSource,
      inflation: String(inflation[index]),
      inflationSource: demonstrationSource,
      povertyLine: String(Math.round(povertyLine)),
      povertyLineSource: demonstrationSource,
    };
  });
}

/** A scenario's form as sent, and the guarantee of the endorsed recommendation it costs (none: it stands alone). */
export type DemoScenario = { key: "childGrant" | "disability" | "socialPension"; costs: "children" | "older_persons" | null; form: Record<string, string> };

/**
 * Three benefits: the child grant the matrix recommends extending, widened to every child under five; a disability
 * benefit for adults, which the matrix does not recommend (a scenario the group costs on its own, at half the
 * poverty line, its administration a share of total spending); the social pension the matrix recommends.
 */
export const demoScenarios: DemoScenario[] = [
  {
    key: "childGrant",
    costs: "children",
    form: {
      name: "Subsídio para crianças dos 0 aos 4 anos",
      targetKind: "ages",
      ageFrom: "0",
      ageTo: "4",
      sex: "all",
      eligibleShare: "100",
      benefitKind: "monthly_amount",
      benefitAmount: "540",
      indexation: "inflation",
      takeUpStart: "10",
      takeUpTarget: "60",
      takeUpYear: "2030",
      administrativeConvention: "on_top_of_benefits",
      administrativeRate: "8",
    },
  },
  {
    key: "disability",
    costs: null,
    form: {
      name: "Subsídio de deficiência grave (18–64 anos)",
      targetKind: "ages",
      ageFrom: "18",
      ageTo: "64",
      sex: "all",
      eligibleShare: "2",
      benefitKind: "poverty_line_share",
      benefitShare: "50",
      takeUpStart: "30",
      takeUpTarget: "80",
      takeUpYear: "2032",
      administrativeConvention: "share_of_total",
      administrativeRate: "10",
    },
  },
  {
    key: "socialPension",
    costs: "older_persons",
    form: {
      name: "Pensão social (65 anos ou mais)",
      targetKind: "ages",
      ageFrom: "65",
      ageTo: "",
      sex: "all",
      eligibleShare: "100",
      benefitKind: "monthly_amount",
      benefitAmount: "1000",
      indexation: "inflation",
      takeUpStart: "20",
      takeUpTarget: "100",
      takeUpYear: "2033",
      administrativeConvention: "on_top_of_benefits",
      administrativeRate: "5",
    },
  },
];

/** After the dialogue, the finance ministry asks for a slower pension roll-out: the change that makes the draft differ. */
export const pensionAfterDialogue = { takeUpYear: "2035" };

/** The two options the dialogue compares: the pension and the disability benefit, or all three benefits. */
export const demoPackages: { name: string; scenarios: DemoScenario["key"][] }[] = [
  { name: "Pacote baixo", scenarios: ["disability", "socialPension"] },
  { name: "Pacote alto", scenarios: ["childGrant", "disability", "socialPension"] },
];

/** The package whose financing the group sets, and the years whose gap it turns into funding needs. */
export const financedPackage = "Pacote alto";
export const neededYears = [2026, 2027];

/**
 * The high package's financing: spending reallocated from the social action budget, growing 25 % a year, and
 * support from partners, tapering off; together less than the cost every year, so a gap remains. Demonstration figures.
 */
export function demoFinancing(): { year: number; kind: "reallocation" | "external"; amount: string; source: string }[] {
  return costingYearList.flatMap((year, index) => {
    const reallocation = { year, kind: "reallocation" as const, amount: String(Math.round(4_000 * 1.25 ** index) * 1_000_000), source: `Reafectação do orçamento da acção social — ${demonstrationSource}` };
    const external = 2_500 - 250 * index;
    return external > 0 ? [reallocation, { year, kind: "external" as const, amount: String(external * 1_000_000), source: `Parceiros de cooperação — ${demonstrationSource}` }] : [reallocation];
  });
}

/** The national dialogue that validates the costing, logged on the costing step with its report. */
export const costingDialogue = {
  title: "Diálogo nacional: custeio das opções de política validado",
  description: "O diálogo nacional discutiu os custos do pacote baixo e do pacote alto do piso de protecção social e o seu financiamento, e validou o custeio.",
  report: {
    heading: "Relatório do diálogo nacional sobre o custeio do piso de protecção social",
    file: "relatorio-dialogo-custeio.pdf",
    lines: [
      "Participantes: governo, sindicatos, empregadores, sociedade civil e agências das Nações Unidas.",
      "O custeio foi validado; o défice de financiamento do pacote alto será apresentado aos parceiros.",
      "Valores de demonstração: este relatório faz parte dos dados de demonstração do Socle.",
    ],
  },
};
