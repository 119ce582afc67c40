/** Coalition members and partners the source names, with IATI identifiers only where they are known. */
import type { agencyKinds } from "../schema/agencies";
import type { LocalizedText } from "../schema/common";

export type SeedAgency = {
  acronym: string;
  kind: (typeof agencyKinds)[number];
  shortName: LocalizedText;
  name: LocalizedText;
  iatiRef: string | null;
  iatiOrgType: string | null;
};

const same = (text: string): LocalizedText => ({ en: text, fr: text, es: text, pt: text });
const multilateral = (acronym: string, iatiRef: string | null, shortName: LocalizedText, name: LocalizedText): SeedAgency => ({
  acronym,
  kind: "un_agency",
  shortName,
  name,
  iatiRef,
  iatiOrgType: "40",
});
const government = (acronym: string, shortName: LocalizedText, name: LocalizedText): SeedAgency => ({
  acronym,
  kind: "development_partner",
  shortName,
  name,
  iatiRef: null,
  iatiOrgType: "10",
});
const ngo = (acronym: string, name: string): SeedAgency => ({
  acronym,
  kind: "ngo",
  shortName: same(acronym),
  name: same(name),
  iatiRef: null,
  iatiOrgType: "21",
});

export const seedAgencies: SeedAgency[] = [
  multilateral("ILO", "XM-DAC-41302", { en: "ILO", fr: "OIT", es: "OIT", pt: "OIT" }, {
    en: "International Labour Organization",
    fr: "Organisation internationale du Travail",
    es: "Organización Internacional del Trabajo",
    pt: "Organização Internacional do Trabalho",
  }),
  multilateral("WHO", "XM-DAC-928", { en: "WHO", fr: "OMS", es: "OMS", pt: "OMS" }, {
    en: "World Health Organization",
    fr: "Organisation mondiale de la Santé",
    es: "Organización Mundial de la Salud",
    pt: "Organização Mundial da Saúde",
  }),
  multilateral("UNDP", "XM-DAC-41114", { en: "UNDP", fr: "PNUD", es: "PNUD", pt: "PNUD" }, {
    en: "United Nations Development Programme",
    fr: "Programme des Nations Unies pour le développement",
    es: "Programa de las Naciones Unidas para el Desarrollo",
    pt: "Programa das Nações Unidas para o Desenvolvimento",
  }),
  multilateral("UNICEF", "XM-DAC-41122", same("UNICEF"), {
    en: "United Nations Children's Fund",
    fr: "Fonds des Nations Unies pour l'enfance",
    es: "Fondo de las Naciones Unidas para la Infancia",
    pt: "Fundo das Nações Unidas para a Infância",
  }),
  {
    ...multilateral("World Bank", null, { en: "World Bank", fr: "Banque mondiale", es: "Banco Mundial", pt: "Banco Mundial" }, {
      en: "World Bank Group",
      fr: "Groupe de la Banque mondiale",
      es: "Grupo Banco Mundial",
      pt: "Grupo Banco Mundial",
    }),
    kind: "development_bank",
  },
  {
    ...multilateral("IMF", null, { en: "IMF", fr: "FMI", es: "FMI", pt: "FMI" }, {
      en: "International Monetary Fund",
      fr: "Fonds monétaire international",
      es: "Fondo Monetario Internacional",
      pt: "Fundo Monetário Internacional",
    }),
    kind: "development_bank",
  },
  multilateral("FAO", "XM-DAC-41301", same("FAO"), {
    en: "Food and Agriculture Organization of the United Nations",
    fr: "Organisation des Nations Unies pour l'alimentation et l'agriculture",
    es: "Organización de las Naciones Unidas para la Alimentación y la Agricultura",
    pt: "Organização das Nações Unidas para a Alimentação e a Agricultura",
  }),
  multilateral("WFP", "XM-DAC-41140", { en: "WFP", fr: "PAM", es: "PMA", pt: "PAM" }, {
    en: "World Food Programme",
    fr: "Programme alimentaire mondial",
    es: "Programa Mundial de Alimentos",
    pt: "Programa Alimentar Mundial",
  }),
  multilateral("UNFPA", "XM-DAC-41119", same("UNFPA"), {
    en: "United Nations Population Fund",
    fr: "Fonds des Nations Unies pour la population",
    es: "Fondo de Población de las Naciones Unidas",
    pt: "Fundo de População das Nações Unidas",
  }),
  multilateral("UNAIDS", "XM-DAC-41110", { en: "UNAIDS", fr: "ONUSIDA", es: "ONUSIDA", pt: "ONUSIDA" }, {
    en: "Joint United Nations Programme on HIV/AIDS",
    fr: "Programme commun des Nations Unies sur le VIH/sida",
    es: "Programa Conjunto de las Naciones Unidas sobre el VIH/Sida",
    pt: "Programa Conjunto das Nações Unidas sobre o VIH/SIDA",
  }),
  multilateral("UNESCO", "XM-DAC-41304", same("UNESCO"), {
    en: "United Nations Educational, Scientific and Cultural Organization",
    fr: "Organisation des Nations Unies pour l'éducation, la science et la culture",
    es: "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura",
    pt: "Organização das Nações Unidas para a Educação, a Ciência e a Cultura",
  }),
  multilateral("UN-Habitat", null, { en: "UN-Habitat", fr: "ONU-Habitat", es: "ONU-Habitat", pt: "ONU-Habitat" }, {
    en: "United Nations Human Settlements Programme",
    fr: "Programme des Nations Unies pour les établissements humains",
    es: "Programa de las Naciones Unidas para los Asentamientos Humanos",
    pt: "Programa das Nações Unidas para os Assentamentos Humanos",
  }),
  multilateral("OHCHR", null, { en: "OHCHR", fr: "HCDH", es: "ACNUDH", pt: "ACNUDH" }, {
    en: "Office of the United Nations High Commissioner for Human Rights",
    fr: "Haut-Commissariat des Nations Unies aux droits de l'homme",
    es: "Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos",
    pt: "Alto Comissariado das Nações Unidas para os Direitos Humanos",
  }),
  multilateral("UN DESA", null, { en: "UN DESA", fr: "DAES", es: "DAES", pt: "DESA" }, {
    en: "United Nations Department of Economic and Social Affairs",
    fr: "Département des affaires économiques et sociales des Nations Unies",
    es: "Departamento de Asuntos Económicos y Sociales de las Naciones Unidas",
    pt: "Departamento dos Assuntos Económicos e Sociais das Nações Unidas",
  }),
  multilateral("SU/SSC", null, same("SU/SSC"), {
    en: "UNDP Special Unit for South-South Cooperation",
    fr: "Unité spéciale du PNUD pour la coopération Sud-Sud",
    es: "Unidad Especial del PNUD para la Cooperación Sur-Sur",
    pt: "Unidade Especial do PNUD para a Cooperação Sul-Sul",
  }),
  {
    ...government("EC", { en: "EC", fr: "CE", es: "CE", pt: "CE" }, {
      en: "European Commission",
      fr: "Commission européenne",
      es: "Comisión Europea",
      pt: "Comissão Europeia",
    }),
    iatiOrgType: "40",
  },
  government("GIZ", same("GIZ"), same("Deutsche Gesellschaft für Internationale Zusammenarbeit")),
  government("DFID", same("DFID"), {
    en: "UK Department for International Development",
    fr: "Département du développement international du Royaume-Uni",
    es: "Departamento para el Desarrollo Internacional del Reino Unido",
    pt: "Departamento para o Desenvolvimento Internacional do Reino Unido",
  }),
  government("France", { en: "France", fr: "France", es: "Francia", pt: "França" }, {
    en: "Government of France",
    fr: "Gouvernement de la France",
    es: "Gobierno de Francia",
    pt: "Governo de França",
  }),
  government("Finland", { en: "Finland", fr: "Finlande", es: "Finlandia", pt: "Finlândia" }, {
    en: "Government of Finland",
    fr: "Gouvernement de la Finlande",
    es: "Gobierno de Finlandia",
    pt: "Governo da Finlândia",
  }),
  government("Germany", { en: "Germany", fr: "Allemagne", es: "Alemania", pt: "Alemanha" }, {
    en: "Government of Germany",
    fr: "Gouvernement de l'Allemagne",
    es: "Gobierno de Alemania",
    pt: "Governo da Alemanha",
  }),
  government("Luxembourg", { en: "Luxembourg", fr: "Luxembourg", es: "Luxemburgo", pt: "Luxemburgo" }, {
    en: "Government of Luxembourg",
    fr: "Gouvernement du Luxembourg",
    es: "Gobierno de Luxemburgo",
    pt: "Governo do Luxemburgo",
  }),
  government("Netherlands", { en: "Netherlands", fr: "Pays-Bas", es: "Países Bajos", pt: "Países Baixos" }, {
    en: "Government of the Netherlands",
    fr: "Gouvernement des Pays-Bas",
    es: "Gobierno de los Países Bajos",
    pt: "Governo dos Países Baixos",
  }),
  government("Sida", same("Sida"), {
    en: "Swedish International Development Cooperation Agency",
    fr: "Agence suédoise de coopération internationale au développement",
    es: "Agencia Sueca de Cooperación Internacional para el Desarrollo",
    pt: "Agência Sueca de Cooperação Internacional para o Desenvolvimento",
  }),
  ngo("HelpAge", "HelpAge International"),
  ngo("Save the Children UK", "Save the Children UK"),
  ngo("Concern", "Concern Worldwide"),
];
