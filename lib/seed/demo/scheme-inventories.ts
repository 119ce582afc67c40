/**
 * The demonstration dataset's scheme inventories (issue 17): what three working groups recorded of their country's
 * existing schemes during the assessment, in the group's own language. Names and laws are those of the real
 * schemes; amounts, coverage and expenditure are rounded figures of the right size for a demonstration, not
 * statistics, and every source says so.
 */
type Guarantee = "health" | "children" | "active_age" | "older_persons";

export type DemoScheme = {
  nationalName: string;
  englishName: string;
  guarantees: Guarantee[];
  contribution: "contributory" | "non_contributory";
  kind: "social_insurance" | "social_assistance" | "universal" | "public_works" | "health_coverage";
  legalBasis: string;
  institution: string;
  targetGroup: string;
  eligibility: string;
  benefitForm: "cash" | "in_kind";
  benefit?: { amount: string; frequency: "one_off" | "monthly" | "quarterly" | "yearly" };
  status: "planned" | "pilot" | "in_force" | "discontinued";
  startedOn: string;
  coverage?: { legal?: number; effective: number; year: number };
  expenditure?: { amount: string; year: number };
  financing: ("contributions" | "tax" | "external")[];
  /** Kept to the working group while it checks the figures. */
  draft?: boolean;
};

export type DemoInventory = { source: string; schemes: DemoScheme[] };

export const demoInventories: Record<string, DemoInventory> = {
  MZ: {
    source: "Valores de demonstração, arredondados (INAS / INSS, relatórios anuais)",
    schemes: [
      {
        nationalName: "Programa Subsídio Social Básico (PSSB)",
        englishName: "Basic Social Subsidy Programme",
        guarantees: ["older_persons", "active_age"],
        contribution: "non_contributory",
        kind: "social_assistance",
        legalBasis: "Decreto n.º 52/2011 (Regulamento do Subsistema de Segurança Social Básica)",
        institution: "Instituto Nacional de Acção Social (INAS)",
        targetGroup: "Agregados familiares sem capacidade para o trabalho: pessoas idosas, com deficiência ou doença crónica",
        eligibility: "Agregado em situação de pobreza sem nenhum membro apto para o trabalho; verificação pelo INAS",
        benefitForm: "cash",
        benefit: { amount: "1000", frequency: "monthly" },
        status: "in_force",
        startedOn: "1993-01-01",
        coverage: { effective: 590000, year: 2023 },
        expenditure: { amount: "4100000000", year: 2023 },
        financing: ["tax", "external"],
      },
      {
        nationalName: "Subsídio para Crianças dos 0 aos 2 anos",
        englishName: "Child Grant (0–2 years)",
        guarantees: ["children"],
        contribution: "non_contributory",
        kind: "social_assistance",
        legalBasis: "Estratégia Nacional de Segurança Social Básica 2016–2024",
        institution: "Instituto Nacional de Acção Social (INAS)",
        targetGroup: "Crianças dos 0 aos 2 anos em agregados pobres",
        eligibility: "Criança registada, residente nos distritos do piloto; sessões de nutrição para os cuidadores",
        benefitForm: "cash",
        benefit: { amount: "540", frequency: "monthly" },
        status: "pilot",
        startedOn: "2018-07-01",
        coverage: { effective: 65000, year: 2023 },
        financing: ["external", "tax"],
      },
      {
        nationalName: "Sistema de Segurança Social Obrigatória",
        englishName: "Compulsory Social Security (INSS)",
        guarantees: ["older_persons", "active_age"],
        contribution: "contributory",
        kind: "social_insurance",
        legalBasis: "Lei n.º 4/2007 (Lei da Protecção Social)",
        institution: "Instituto Nacional de Segurança Social (INSS)",
        targetGroup: "Trabalhadores por conta de outrem e por conta própria inscritos",
        eligibility: "Inscrição e contribuições; pensão de velhice aos 60 anos (homens) e 55 anos (mulheres)",
        benefitForm: "cash",
        status: "in_force",
        startedOn: "1989-01-01",
        coverage: { legal: 2300000, effective: 1600000, year: 2023 },
        financing: ["contributions"],
      },
      {
        nationalName: "Serviço Nacional de Saúde: cuidados primários",
        englishName: "National Health Service: primary care",
        guarantees: ["health"],
        contribution: "non_contributory",
        kind: "health_coverage",
        legalBasis: "Constituição da República, artigo 89 (direito à saúde)",
        institution: "Ministério da Saúde (MISAU)",
        targetGroup: "Toda a população",
        eligibility: "Residência; taxas simbólicas, isenção para crianças e grávidas",
        benefitForm: "in_kind",
        status: "in_force",
        startedOn: "1975-07-24",
        financing: ["tax", "external"],
      },
    ],
  },
  BJ: {
    source: "Chiffres de démonstration, arrondis (ANPS, CNSS : rapports annuels)",
    schemes: [
      {
        nationalName: "ARCH – volet assurance maladie",
        englishName: "ARCH – health insurance component",
        guarantees: ["health"],
        contribution: "non_contributory",
        kind: "health_coverage",
        legalBasis: "Loi n° 2015-42 portant institution du Régime d'assurance maladie universelle (RAMU)",
        institution: "Agence nationale de la protection sociale (ANPS)",
        targetGroup: "Personnes en situation d'extrême pauvreté inscrites au RSU",
        eligibility: "Inscription au Registre social unique, catégorie « pauvres extrêmes »",
        benefitForm: "in_kind",
        status: "in_force",
        startedOn: "2019-09-01",
        coverage: { legal: 4000000, effective: 1300000, year: 2024 },
        expenditure: { amount: "21000000000", year: 2024 },
        financing: ["tax", "external"],
      },
      {
        nationalName: "Pensions de vieillesse de la CNSS",
        englishName: "CNSS old-age pensions",
        guarantees: ["older_persons"],
        contribution: "contributory",
        kind: "social_insurance",
        legalBasis: "Loi n° 98-019 portant code de sécurité sociale",
        institution: "Caisse nationale de sécurité sociale (CNSS)",
        targetGroup: "Salariés du secteur privé affiliés",
        eligibility: "60 ans et 180 mois d'assurance",
        benefitForm: "cash",
        status: "in_force",
        startedOn: "1970-01-01",
        coverage: { legal: 450000, effective: 42000, year: 2023 },
        financing: ["contributions"],
      },
      {
        nationalName: "Programme national d'alimentation scolaire intégré (PNASI)",
        englishName: "National Integrated School Feeding Programme",
        guarantees: ["children"],
        contribution: "non_contributory",
        kind: "universal",
        legalBasis: "Politique nationale d'alimentation scolaire (2014)",
        institution: "Ministère des Enseignements maternel et primaire",
        targetGroup: "Élèves des écoles primaires publiques",
        eligibility: "Inscription dans une école couverte par le programme",
        benefitForm: "in_kind",
        status: "in_force",
        startedOn: "2017-10-01",
        coverage: { effective: 1100000, year: 2024 },
        financing: ["tax", "external"],
      },
      {
        nationalName: "Allocation aux ménages avec enfants de moins de cinq ans",
        englishName: "Allowance for households with children under five",
        guarantees: ["children"],
        contribution: "non_contributory",
        kind: "social_assistance",
        legalBasis: "Proposition du groupe de travail, à soumettre au Conseil des ministres",
        institution: "Agence nationale de la protection sociale (ANPS)",
        targetGroup: "Ménages pauvres extrêmes avec enfants de moins de cinq ans",
        eligibility: "À définir avec le Registre social unique",
        benefitForm: "cash",
        benefit: { amount: "5000", frequency: "monthly" },
        status: "planned",
        startedOn: "2026-01-01",
        financing: ["tax"],
        draft: true,
      },
    ],
  },
  TH: {
    source: "Demonstration figures, rounded (NHSO, Department of Older Persons, Social Security Office annual reports)",
    schemes: [
      {
        nationalName: "หลักประกันสุขภาพแห่งชาติ",
        englishName: "Universal Coverage Scheme",
        guarantees: ["health"],
        contribution: "non_contributory",
        kind: "health_coverage",
        legalBasis: "National Health Security Act B.E. 2545 (2002)",
        institution: "National Health Security Office (NHSO)",
        targetGroup: "Thai citizens not covered by the civil servants' or the social security scheme",
        eligibility: "Thai nationality and registration with a primary care unit",
        benefitForm: "in_kind",
        status: "in_force",
        startedOn: "2002-10-01",
        coverage: { effective: 47000000, year: 2024 },
        expenditure: { amount: "210000000000", year: 2024 },
        financing: ["tax"],
      },
      {
        nationalName: "เบี้ยยังชีพผู้สูงอายุ",
        englishName: "Old Age Allowance",
        guarantees: ["older_persons"],
        contribution: "non_contributory",
        kind: "universal",
        legalBasis: "Act on Older Persons B.E. 2546 (2003)",
        institution: "Department of Older Persons; local administrations pay",
        targetGroup: "People aged 60 and over without a public pension",
        eligibility: "Age 60, Thai nationality, registration with the local administration",
        benefitForm: "cash",
        benefit: { amount: "600", frequency: "monthly" },
        status: "in_force",
        startedOn: "2009-04-01",
        coverage: { effective: 11000000, year: 2024 },
        expenditure: { amount: "90000000000", year: 2024 },
        financing: ["tax"],
      },
      {
        nationalName: "เงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด",
        englishName: "Child Support Grant",
        guarantees: ["children"],
        contribution: "non_contributory",
        kind: "social_assistance",
        legalBasis: "Cabinet resolution of 31 March 2015",
        institution: "Department of Children and Youth",
        targetGroup: "Children under six in low-income households",
        eligibility: "Household income under 100,000 baht a year per person",
        benefitForm: "cash",
        benefit: { amount: "600", frequency: "monthly" },
        status: "in_force",
        startedOn: "2015-10-01",
        coverage: { effective: 2300000, year: 2024 },
        financing: ["tax"],
      },
      {
        nationalName: "กองทุนประกันสังคม มาตรา 33",
        englishName: "Social Security Fund, section 33",
        guarantees: ["active_age", "older_persons"],
        contribution: "contributory",
        kind: "social_insurance",
        legalBasis: "Social Security Act B.E. 2533 (1990)",
        institution: "Social Security Office",
        targetGroup: "Employees of private enterprises",
        eligibility: "Employment and contributions; old-age pension at 55 after 180 months",
        benefitForm: "cash",
        status: "in_force",
        startedOn: "1990-09-01",
        coverage: { legal: 12500000, effective: 11800000, year: 2024 },
        financing: ["contributions", "tax"],
      },
    ],
  },
};
