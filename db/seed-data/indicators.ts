/**
 * The catalogue of indicators Socle ships: the SDG 1.3.1 series as the UN Statistics Division names them (custodian
 * in the name's tag: ILO, or the World Bank for the programme series and their poorest-quintile forms, `…PQ`) and the
 * three results the ILO Global Flagship Programme on Social Protection Floors reports. Loaded by code: an entry
 * already there (even withdrawn by a coordinator) is left as it is.
 */
import type { LocalizedText } from "../schema/common";
import type { IndicatorFamily, IndicatorUnit } from "../schema/values";

export type SeedIndicator = {
  code: string;
  name: LocalizedText;
  unit: IndicatorUnit;
  family: IndicatorFamily;
  sexBreakdown: boolean;
  custodian: string;
};

const sdg = (code: string, custodian: "ILO" | "World Bank", sexBreakdown: boolean, name: LocalizedText): SeedIndicator => ({
  code,
  name,
  unit: "percent",
  family: "sdg_1_3_1",
  sexBreakdown,
  custodian,
});

const flagship = (code: string, name: LocalizedText): SeedIndicator => ({
  code,
  name,
  unit: "persons",
  family: "spf_flagship",
  sexBreakdown: true,
  custodian: "ILO",
});

/** A World Bank programme series and its form for the poorest quintile. */
const programmeSeries = (code: string, programmes: LocalizedText): SeedIndicator[] => [
  sdg(code, "World Bank", false, {
    en: `Proportion of population covered by ${programmes.en}`,
    fr: `Proportion de la population couverte par ${programmes.fr}`,
    es: `Proporción de la población cubierta por ${programmes.es}`,
    pt: `Proporção da população coberta por ${programmes.pt}`,
  }),
  sdg(`${code}PQ`, "World Bank", false, {
    en: `Poorest quintile covered by ${programmes.en}`,
    fr: `Quintile le plus pauvre couvert par ${programmes.fr}`,
    es: `Quintil más pobre cubierto por ${programmes.es}`,
    pt: `Quintil mais pobre coberto por ${programmes.pt}`,
  }),
];

export const seedIndicators: SeedIndicator[] = [
  sdg("SI_COV_BENFTS", "ILO", true, {
    en: "Proportion of population covered by at least one social protection benefit",
    fr: "Proportion de la population couverte par au moins une prestation de protection sociale",
    es: "Proporción de la población cubierta por al menos una prestación de protección social",
    pt: "Proporção da população coberta por pelo menos uma prestação de proteção social",
  }),
  sdg("SI_COV_CHLD", "ILO", false, {
    en: "Proportion of children/households receiving child/family cash benefit",
    fr: "Proportion d’enfants/de ménages percevant une prestation monétaire pour enfant/famille",
    es: "Proporción de niños/hogares que reciben una prestación monetaria por hijo/familiar",
    pt: "Proporção de crianças/agregados familiares que recebem uma prestação monetária por filho/familiar",
  }),
  sdg("SI_COV_MATNL", "ILO", false, {
    en: "Proportion of mothers with newborns receiving maternity cash benefit",
    fr: "Proportion de mères de nouveau-nés percevant une prestation monétaire de maternité",
    es: "Proporción de madres con recién nacidos que reciben una prestación monetaria de maternidad",
    pt: "Proporção de mães com recém-nascidos que recebem uma prestação monetária de maternidade",
  }),
  sdg("SI_COV_DISAB", "ILO", false, {
    en: "Proportion of population with severe disabilities receiving disability cash benefit",
    fr: "Proportion de personnes gravement handicapées percevant une prestation monétaire d’invalidité",
    es: "Proporción de la población con discapacidad grave que recibe una prestación monetaria por discapacidad",
    pt: "Proporção da população com deficiência grave que recebe uma prestação monetária por deficiência",
  }),
  sdg("SI_COV_UEMP", "ILO", true, {
    en: "Proportion of unemployed persons receiving unemployment cash benefit",
    fr: "Proportion de chômeurs percevant une prestation monétaire de chômage",
    es: "Proporción de personas desempleadas que reciben una prestación monetaria por desempleo",
    pt: "Proporção de pessoas desempregadas que recebem uma prestação monetária de desemprego",
  }),
  sdg("SI_COV_PENSN", "ILO", true, {
    en: "Proportion of population above statutory pensionable age receiving a pension",
    fr: "Proportion de la population ayant dépassé l’âge légal de la retraite percevant une pension",
    es: "Proporción de la población por encima de la edad legal de jubilación que recibe una pensión",
    pt: "Proporção da população acima da idade legal de reforma que recebe uma pensão",
  }),
  sdg("SI_COV_POOR", "ILO", false, {
    en: "Proportion of poor population receiving social assistance cash benefit",
    fr: "Proportion de la population pauvre percevant une prestation monétaire d’assistance sociale",
    es: "Proporción de la población pobre que recibe una prestación monetaria de asistencia social",
    pt: "Proporção da população pobre que recebe uma prestação monetária de assistência social",
  }),
  sdg("SI_COV_VULN", "ILO", false, {
    en: "Proportion of vulnerable population receiving social assistance cash benefit",
    fr: "Proportion de la population vulnérable percevant une prestation monétaire d’assistance sociale",
    es: "Proporción de la población vulnerable que recibe una prestación monetaria de asistencia social",
    pt: "Proporção da população vulnerável que recebe uma prestação monetária de assistência social",
  }),
  sdg("SI_COV_WKINJRY", "ILO", false, {
    en: "Proportion of employed population covered in the event of work injury",
    fr: "Proportion de la population occupée couverte en cas d’accident du travail",
    es: "Proporción de la población ocupada cubierta en caso de accidente de trabajo",
    pt: "Proporção da população empregada coberta em caso de acidente de trabalho",
  }),
  ...programmeSeries("SI_COV_SOCAST", {
    en: "social assistance programs",
    fr: "des programmes d’assistance sociale",
    es: "programas de asistencia social",
    pt: "programas de assistência social",
  }),
  ...programmeSeries("SI_COV_SOCINS", {
    en: "social insurance programs",
    fr: "des programmes d’assurance sociale",
    es: "programas de seguro social",
    pt: "programas de seguro social",
  }),
  ...programmeSeries("SI_COV_LMKT", {
    en: "labour market programs",
    fr: "des programmes du marché du travail",
    es: "programas del mercado laboral",
    pt: "programas do mercado de trabalho",
  }),
  flagship("SPF_LEGAL_COVERAGE_GAIN", {
    en: "People gaining legal social protection coverage",
    fr: "Personnes ayant obtenu une couverture légale de protection sociale",
    es: "Personas que obtienen cobertura legal de protección social",
    pt: "Pessoas que obtêm cobertura legal de proteção social",
  }),
  flagship("SPF_EFFECTIVE_COVERAGE_GAIN", {
    en: "People gaining effective social protection coverage",
    fr: "Personnes ayant obtenu une couverture effective de protection sociale",
    es: "Personas que obtienen cobertura efectiva de protección social",
    pt: "Pessoas que obtêm cobertura efetiva de proteção social",
  }),
  flagship("SPF_ADEQUACY_IMPROVED", {
    en: "People whose social protection benefits became more adequate",
    fr: "Personnes dont les prestations de protection sociale sont devenues plus adéquates",
    es: "Personas cuyas prestaciones de protección social se volvieron más adecuadas",
    pt: "Pessoas cujas prestações de proteção social se tornaram mais adequadas",
  }),
];
