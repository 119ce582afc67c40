/**
 * The explicit tables that turn what a file writes into a catalogue code (decision 1910). Nothing else maps: a
 * label or classification not listed here is an unknown series, never a guess.
 */

/**
 * UNSD's descriptions of the SDG 1.3.1 series, as Open SDG sites copy them into a Series column. Compared after
 * `labelKey`: case, spacing, the custodian tag ("[ILO] ") and the unit ("(%)") aside; releases differ in ", by sex".
 */
const sdgSeriesDescriptions: Record<string, string[]> = {
  SI_COV_BENFTS: ["Proportion of population covered by at least one social protection benefit"],
  SI_COV_CHLD: ["Children/households receiving child/family cash benefit", "Proportion of children/households receiving child/family cash benefit"],
  SI_COV_MATNL: ["Proportion of mothers with newborns receiving maternity cash benefit"],
  SI_COV_DISAB: ["Proportion of population with severe disabilities receiving disability cash benefit"],
  SI_COV_UEMP: ["Proportion of unemployed persons receiving unemployment cash benefit"],
  SI_COV_PENSN: ["Proportion of population above statutory pensionable age receiving a pension"],
  SI_COV_POOR: ["Proportion of poor population receiving social assistance cash benefit"],
  SI_COV_VULN: ["Proportion of vulnerable population receiving social assistance cash benefit"],
  SI_COV_WKINJRY: ["Proportion of employed population covered in the event of work injury"],
  SI_COV_SOCAST: ["Proportion of population covered by social assistance programs"],
  SI_COV_SOCASTPQ: ["Poorest quintile covered by social assistance programs"],
  SI_COV_SOCINS: ["Proportion of population covered by social insurance programs"],
  SI_COV_SOCINSPQ: ["Poorest quintile covered by social insurance programs"],
  SI_COV_LMKT: ["Proportion of population covered by labour market programs"],
  SI_COV_LMKTPQ: ["Poorest quintile covered by labour market programs"],
};

/** A label as compared: lower case, single spaces, without a leading "[ILO]"/"[World Bank]", a trailing "(%)" or ", by sex". */
export function labelKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\[[^\]]+\]\s*/, "")
    .replace(/\s*\(%\)$/, "")
    .replace(/,\s*by sex$/, "")
    .trim();
}

const codeOfLabel = new Map(Object.entries(sdgSeriesDescriptions).flatMap(([code, labels]) => labels.map((label) => [labelKey(label), code] as const)));

/** The SDG series code a known label names, or undefined. */
export const seriesOfLabel = (label: string): string | undefined => codeOfLabel.get(labelKey(label));

/** The ILOSTAT indicator whose rows this reader takes: SDG 1.3.1's coverage rate, by sex and contingency. */
export const ilostatCoverageIndicator = "SDG_0131_SEX_SOC_RT";

/**
 * ILOSTAT's classif1 contingencies the domain brief confirms (SPF-DOMAIN-2.md §4). CHILD, DISAB, MAT, PENSION,
 * POOR, VULN and INJ appear only in third-party scripts, so their rows are skipped as unknown series until a
 * source confirms them; adding one is a line here.
 */
export const ilostatContingencies: Record<string, string> = {
  SOC_CONTIG_TOTAL: "SI_COV_BENFTS",
  SOC_CONTIG_UNE: "SI_COV_UEMP",
};
