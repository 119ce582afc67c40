/**
 * The demo's countries: the eleven where the source says inter-agency SPF-I activities are under way, each with
 * its working language, currency, flagship schemes, institutions, the people of its working group, the
 * partners that support it, and how far its process has come. Scheme and institution names are the public
 * names of national programmes; the people are invented.
 */
import type { DemoLanguage } from "./texts";

export type DemoCountry = {
  code: string;
  /** Its working day is 8:00 to 17:00 there. */
  utcOffsetHours: number;
  language: DemoLanguage;
  currency: string;
  /** The flagship scheme the floor builds on, with its article as a sentence needs it, and its short name. */
  scheme: string;
  short: string;
  ministry: string;
  institution: string;
  statisticsOffice: string;
  capital: string;
  /** How many key steps are completed (in framework order), then how many are under way. */
  completed: number;
  underWay: number;
  /** A step the working group marked not applicable, with its reason. */
  notApplicable?: { key: string; reason: string };
  /** Months after the dataset's first day when the process started here. */
  startsAfterMonths: number;
  /** Days before the dataset's last day when this working group last wrote something (a quiet country has many). */
  quietForDays: number;
  members: [string, string];
  /** Agencies supporting the process (by acronym); the first ones give technical support, `funders` give money. */
  partners: string[];
  funders: string[];
  /** Where the participants of its trainings come from. */
  organisations: string[];
  /**
   * Sessions its first partner gives on the step under way, each recorded as its own support entry: a step with more
   * entries than the country's support page lists of it.
   */
  sessionsOnStepUnderWay?: number;
};

export const demoCountries: DemoCountry[] = [
  {
    code: "BJ",
    utcOffsetHours: 1,
    short: "ARCH",
    language: "fr",
    currency: "XOF",
    scheme: "l'ARCH (Assurance pour le renforcement du capital humain)",
    ministry: "ministère des Affaires sociales et de la Microfinance",
    institution: "la Caisse nationale de sécurité sociale (CNSS)",
    statisticsOffice: "l'INStaD",
    capital: "Cotonou",
    completed: 5,
    underWay: 2,
    startsAfterMonths: 0,
    quietForDays: 3,
    members: ["Rachida Gbaguidi", "Sèna Ahouansou"],
    partners: ["ILO", "UNICEF", "WFP"],
    funders: ["World Bank", "France"],
    organisations: ["Ministère des Affaires sociales et de la Microfinance", "CNSS", "Ministère de l'Économie et des Finances", "UNSTB (syndicats)", "CNP-Bénin (employeurs)"],
  },
  {
    code: "TG",
    utcOffsetHours: 0,
    short: "AMU",
    language: "fr",
    currency: "XOF",
    scheme: "l'assurance maladie universelle (AMU)",
    ministry: "ministère de l'Action sociale, de la Solidarité et de la Promotion de la femme",
    institution: "l'Institut national d'assurance maladie (INAM)",
    statisticsOffice: "l'INSEED",
    capital: "Lomé",
    completed: 4,
    underWay: 1,
    startsAfterMonths: 1,
    quietForDays: 9,
    members: ["Essi Lawson", "Komi Agbeko"],
    partners: ["ILO", "UNICEF", "UNDP"],
    funders: ["EC"],
    organisations: ["Ministère de l'Action sociale", "INAM", "CNSS Togo", "Ministère de l'Économie et des Finances", "CSTT (syndicats)"],
  },
  {
    code: "BF",
    utcOffsetHours: 0,
    short: "Burkin-Naong-Sa ya",
    language: "fr",
    currency: "XOF",
    scheme: "le programme national de filets sociaux Burkin-Naong-Sa ya",
    ministry: "ministère de la Solidarité, de l'Action humanitaire et de la Famille",
    institution: "la Caisse nationale de sécurité sociale (CNSS)",
    statisticsOffice: "l'INSD",
    capital: "Ouagadougou",
    completed: 3,
    underWay: 2,
    startsAfterMonths: 2,
    quietForDays: 21,
    members: ["Aminata Ouédraogo", "Issouf Sawadogo"],
    partners: ["ILO", "UNICEF", "WFP"],
    funders: ["World Bank"],
    organisations: ["Ministère de la Solidarité", "CNSS", "Secrétariat permanent du CNPS", "INSD", "Confédération générale du travail"],
  },
  {
    code: "MZ",
    utcOffsetHours: 2,
    short: "PSSB",
    language: "pt",
    currency: "MZN",
    scheme: "o Programa Subsídio Social Básico (PSSB)",
    ministry: "Ministério do Género, Criança e Acção Social",
    institution: "o Instituto Nacional de Acção Social (INAS)",
    statisticsOffice: "o INE",
    capital: "Maputo",
    completed: 6,
    underWay: 1,
    startsAfterMonths: 0,
    quietForDays: 2,
    members: ["Helena Macuácua", "Abílio Nhantumbo"],
    partners: ["ILO", "UNICEF", "WFP"],
    funders: ["Netherlands", "Sida"],
    organisations: ["Ministério do Género, Criança e Acção Social", "INAS", "INSS", "Ministério da Economia e Finanças", "OTM-CS (sindicatos)"],
    sessionsOnStepUnderWay: 12,
  },
  {
    code: "RW",
    utcOffsetHours: 2,
    short: "VUP",
    language: "en",
    currency: "RWF",
    scheme: "the Vision 2020 Umurenge Programme (VUP)",
    ministry: "Ministry of Local Government",
    institution: "the Rwanda Social Security Board (RSSB)",
    statisticsOffice: "NISR",
    capital: "Kigali",
    completed: 5,
    underWay: 1,
    startsAfterMonths: 1,
    quietForDays: 5,
    members: ["Claudine Uwimana", "Jean-Paul Habimana"],
    partners: ["ILO", "UNICEF"],
    funders: ["World Bank", "DFID"],
    organisations: ["Ministry of Local Government", "LODA", "RSSB", "MINECOFIN", "CESTRAR (trade unions)"],
  },
  {
    code: "AR",
    utcOffsetHours: -3,
    short: "AUH",
    language: "es",
    currency: "ARS",
    scheme: "la Asignación Universal por Hijo (AUH)",
    ministry: "Ministerio de Desarrollo Social",
    institution: "la Administración Nacional de la Seguridad Social (ANSES)",
    statisticsOffice: "el INDEC",
    capital: "Buenos Aires",
    completed: 6,
    underWay: 1,
    notApplicable: { key: "support_needs", reason: "El proceso se financia con el presupuesto nacional; el apoyo de las agencias se registra paso por paso." },
    startsAfterMonths: 0,
    quietForDays: 6,
    members: ["María Laura Fernández", "Diego Quiroga"],
    partners: ["ILO", "UNICEF", "UNDP"],
    funders: ["UNDP"],
    organisations: ["Ministerio de Desarrollo Social", "ANSES", "Ministerio de Trabajo, Empleo y Seguridad Social", "CGT", "Unión Industrial Argentina"],
  },
  {
    code: "SV",
    utcOffsetHours: -6,
    short: "Comunidades Solidarias",
    language: "es",
    currency: "USD",
    scheme: "el programa Comunidades Solidarias",
    ministry: "Secretaría Técnica y de Planificación de la Presidencia",
    institution: "el Instituto Salvadoreño del Seguro Social (ISSS)",
    statisticsOffice: "la DIGESTYC",
    capital: "San Salvador",
    completed: 4,
    underWay: 1,
    startsAfterMonths: 3,
    quietForDays: 12,
    members: ["Ana Gabriela Rivas", "José Mauricio Hernández"],
    partners: ["ILO", "UNDP", "UNICEF"],
    funders: ["EC"],
    organisations: ["Secretaría Técnica y de Planificación", "ISSS", "FISDL", "Ministerio de Hacienda", "Confederación sindical"],
  },
  {
    code: "HT",
    utcOffsetHours: -5,
    short: "Kore Lavi",
    language: "fr",
    currency: "HTG",
    scheme: "le programme Kore Lavi",
    ministry: "ministère des Affaires sociales et du Travail (MAST)",
    institution: "l'Office d'assurance accidents du travail, maladie et maternité (OFATMA)",
    statisticsOffice: "l'IHSI",
    capital: "Port-au-Prince",
    completed: 2,
    underWay: 2,
    startsAfterMonths: 2,
    quietForDays: 118,
    members: ["Nadège Pierre-Louis", "Wesner Jean-Baptiste"],
    partners: ["ILO", "UNICEF", "WFP"],
    funders: ["World Bank"],
    organisations: ["MAST", "OFATMA", "FAES", "Ministère de l'Économie et des Finances", "CTH (syndicats)"],
  },
  {
    code: "NP",
    utcOffsetHours: 5.75,
    short: "Child Grant",
    language: "en",
    currency: "NPR",
    scheme: "the Child Grant",
    ministry: "Ministry of Women, Children and Senior Citizens",
    institution: "the Social Security Fund",
    statisticsOffice: "the National Statistics Office",
    capital: "Kathmandu",
    completed: 3,
    underWay: 2,
    startsAfterMonths: 4,
    quietForDays: 15,
    members: ["Sarita Shrestha", "Bikash Adhikari"],
    partners: ["ILO", "UNICEF", "WHO"],
    funders: ["DFID"],
    organisations: ["Ministry of Women, Children and Senior Citizens", "Social Security Fund", "National Planning Commission", "Ministry of Finance", "GEFONT (trade unions)"],
  },
  {
    code: "TH",
    utcOffsetHours: 7,
    short: "UCS",
    language: "en",
    currency: "THB",
    scheme: "the Universal Coverage Scheme",
    ministry: "Ministry of Social Development and Human Security",
    institution: "the Social Security Office",
    statisticsOffice: "the National Statistical Office",
    capital: "Bangkok",
    completed: 6,
    underWay: 1,
    startsAfterMonths: 0,
    quietForDays: 4,
    members: ["Kanokwan Srisuk", "Somchai Prasert"],
    partners: ["ILO", "WHO", "UNICEF"],
    funders: ["UNICEF"],
    organisations: ["Ministry of Social Development and Human Security", "Social Security Office", "National Health Security Office", "Fiscal Policy Office", "Labour Congress of Thailand"],
  },
  {
    code: "VN",
    utcOffsetHours: 7,
    short: "social assistance reform",
    language: "en",
    currency: "VND",
    scheme: "the Master Plan on Social Assistance Reform",
    ministry: "Ministry of Labour, Invalids and Social Affairs (MOLISA)",
    institution: "Viet Nam Social Security",
    statisticsOffice: "the General Statistics Office",
    capital: "Hanoi",
    completed: 4,
    underWay: 2,
    startsAfterMonths: 3,
    quietForDays: 8,
    members: ["Nguyễn Thị Lan", "Trần Văn Minh"],
    partners: ["ILO", "UNICEF", "UNDP"],
    funders: ["GIZ"],
    organisations: ["MOLISA", "Viet Nam Social Security", "Ministry of Finance", "General Statistics Office", "Viet Nam General Confederation of Labour"],
  },
];

/** The advisers the demo invents, one per agency that appears above. */
export const demoAdvisers: Record<string, string> = {
  ILO: "Fatou Ndiaye",
  UNICEF: "Elena Rossi",
  WFP: "Sofía Márquez",
  "World Bank": "Daniel Okafor",
  France: "Hélène Marchal",
  UNDP: "Priya Raman",
  EC: "Pieter Janssens",
  Netherlands: "Marijke de Vries",
  Sida: "Johan Lindqvist",
  DFID: "Oliver Bennett",
  WHO: "Kwame Boateng",
  GIZ: "Katrin Vogel",
};

export const demoReviewer = "Mariam Diallo";
export const demoCoordinator = "Henrik Olsen";

/** The currency each agency usually funds in; amounts are drawn within a range typical of that currency. */
export const agencyCurrencies: Record<string, string> = {
  ILO: "USD",
  UNICEF: "USD",
  WFP: "USD",
  "World Bank": "USD",
  France: "EUR",
  UNDP: "USD",
  EC: "EUR",
  Netherlands: "EUR",
  Sida: "SEK",
  DFID: "GBP",
  WHO: "USD",
  GIZ: "EUR",
};

/** Typical ranges of an SPF activity's funding, in whole units, and the step amounts are rounded to. */
export const amountRanges: Record<string, { min: number; max: number; step: number }> = {
  USD: { min: 40_000, max: 450_000, step: 5_000 },
  EUR: { min: 50_000, max: 400_000, step: 5_000 },
  GBP: { min: 40_000, max: 300_000, step: 5_000 },
  SEK: { min: 500_000, max: 4_000_000, step: 50_000 },
  CHF: { min: 40_000, max: 300_000, step: 5_000 },
  XOF: { min: 15_000_000, max: 200_000_000, step: 500_000 },
  MZN: { min: 2_000_000, max: 25_000_000, step: 100_000 },
  RWF: { min: 30_000_000, max: 400_000_000, step: 1_000_000 },
  ARS: { min: 40_000_000, max: 400_000_000, step: 1_000_000 },
  HTG: { min: 4_000_000, max: 40_000_000, step: 100_000 },
  NPR: { min: 5_000_000, max: 50_000_000, step: 100_000 },
  THB: { min: 1_000_000, max: 15_000_000, step: 50_000 },
  VND: { min: 1_000_000_000, max: 10_000_000_000, step: 10_000_000 },
};
