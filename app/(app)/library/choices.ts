/** The choices the library's forms and filters offer, in the reader's language. */
import "server-only";
import { languageName } from "@/components/library/resource-list";
import type { Queryable } from "@/db/engine";
import { resourceLanguages } from "@/db/schema/values";
import { listAgencyNames } from "@/lib/agencies/agency-names";
import { listFrameworkSteps } from "@/lib/learning/framework-steps";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export async function libraryChoices(db: Queryable, locale: Locale) {
  const [steps, agencyRows] = await Promise.all([listFrameworkSteps(db), listAgencyNames(db)]);
  return {
    steps: steps.map((step, index) => ({ value: step.key, label: `${index + 1}. ${localized(step.title, locale)}` })),
    agencies: agencyRows.map((agency) => ({ value: agency.id, label: localized(agency.shortName, locale), acronym: agency.acronym })),
    // Each language named in its own language, as people look for their own.
    languages: resourceLanguages.map((code) => ({ value: code, label: languageName(code, code), lang: code })),
  };
}
