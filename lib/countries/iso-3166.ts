/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes, and country names in each interface language from the
 * platform's CLDR data (Intl.DisplayNames), so a coordinator adding a country starts from the standard names.
 */
import { locales, type Locale, type LocalizedText } from "@/db/schema/values";

const assigned =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO " +
  "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE " +
  "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO " +
  "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW " +
  "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM " +
  "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

export const iso3166Alpha2 = new Set(assigned.split(" "));

export function isAssignedCountryCode(code: string): boolean {
  return iso3166Alpha2.has(code.toUpperCase());
}

/** The country's name in one language, or null when the platform does not know it. */
export function standardCountryName(code: string, locale: Locale): string | null {
  const upper = code.toUpperCase();
  if (!iso3166Alpha2.has(upper)) return null;
  const name = new Intl.DisplayNames([locale], { type: "region", fallback: "none" }).of(upper);
  return name && name !== upper ? name : null;
}

/** The country's names in every interface language; empty for a code that is not assigned. */
export function standardCountryNames(code: string): Partial<LocalizedText> {
  const names: Partial<Record<Locale, string>> = {};
  for (const locale of locales) {
    const name = standardCountryName(code, locale);
    if (name) names[locale] = name;
  }
  return names;
}
