/** The countries the source names: inter-agency SPF-I activities under way, or interest expressed. */
import type { LocalizedText } from "../schema/common";
import type { regions, spfiStatuses } from "../schema/geography";

export type SeedCountry = {
  code: string;
  name: LocalizedText;
  region: (typeof regions)[number];
  spfiStatus: (typeof spfiStatuses)[number];
};

const underWay = "activities_under_way" as const;
const interest = "interest_expressed" as const;

export const seedCountries: SeedCountry[] = [
  { code: "BJ", region: "africa", spfiStatus: underWay, name: { en: "Benin", fr: "Bénin", es: "Benín", pt: "Benim" } },
  { code: "TG", region: "africa", spfiStatus: underWay, name: { en: "Togo", fr: "Togo", es: "Togo", pt: "Togo" } },
  {
    code: "BF",
    region: "africa",
    spfiStatus: underWay,
    name: { en: "Burkina Faso", fr: "Burkina Faso", es: "Burkina Faso", pt: "Burkina Faso" },
  },
  {
    code: "MZ",
    region: "africa",
    spfiStatus: underWay,
    name: { en: "Mozambique", fr: "Mozambique", es: "Mozambique", pt: "Moçambique" },
  },
  { code: "RW", region: "africa", spfiStatus: underWay, name: { en: "Rwanda", fr: "Rwanda", es: "Ruanda", pt: "Ruanda" } },
  {
    code: "AR",
    region: "americas",
    spfiStatus: underWay,
    name: { en: "Argentina", fr: "Argentine", es: "Argentina", pt: "Argentina" },
  },
  {
    code: "SV",
    region: "americas",
    spfiStatus: underWay,
    name: { en: "El Salvador", fr: "El Salvador", es: "El Salvador", pt: "El Salvador" },
  },
  { code: "HT", region: "americas", spfiStatus: underWay, name: { en: "Haiti", fr: "Haïti", es: "Haití", pt: "Haiti" } },
  { code: "NP", region: "asia_pacific", spfiStatus: underWay, name: { en: "Nepal", fr: "Népal", es: "Nepal", pt: "Nepal" } },
  {
    code: "TH",
    region: "asia_pacific",
    spfiStatus: underWay,
    name: { en: "Thailand", fr: "Thaïlande", es: "Tailandia", pt: "Tailândia" },
  },
  {
    code: "VN",
    region: "asia_pacific",
    spfiStatus: underWay,
    name: { en: "Viet Nam", fr: "Viet Nam", es: "Viet Nam", pt: "Vietname" },
  },
  { code: "DZ", region: "africa", spfiStatus: interest, name: { en: "Algeria", fr: "Algérie", es: "Argelia", pt: "Argélia" } },
  {
    code: "BW",
    region: "africa",
    spfiStatus: interest,
    name: { en: "Botswana", fr: "Botswana", es: "Botsuana", pt: "Botsuana" },
  },
  {
    code: "KH",
    region: "asia_pacific",
    spfiStatus: interest,
    name: { en: "Cambodia", fr: "Cambodge", es: "Camboya", pt: "Camboja" },
  },
  { code: "GH", region: "africa", spfiStatus: interest, name: { en: "Ghana", fr: "Ghana", es: "Ghana", pt: "Gana" } },
  {
    code: "ID",
    region: "asia_pacific",
    spfiStatus: interest,
    name: { en: "Indonesia", fr: "Indonésie", es: "Indonesia", pt: "Indonésia" },
  },
  {
    code: "LA",
    region: "asia_pacific",
    spfiStatus: interest,
    name: { en: "Lao PDR", fr: "RDP lao", es: "RDP Lao", pt: "RDP do Laos" },
  },
  {
    code: "PH",
    region: "asia_pacific",
    spfiStatus: interest,
    name: { en: "Philippines", fr: "Philippines", es: "Filipinas", pt: "Filipinas" },
  },
];
