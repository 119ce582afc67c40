/** The countries and agencies a coordinator picks a role's scope from, named in the reader's language. */
import "server-only";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { listAgencies } from "@/lib/agencies/list-agencies";
import { listCountries } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { assertCan } from "@/lib/permissions";

/** Only for the users administration: the page is refused (403) to anyone who may not manage users. */
export async function scopeOptions(db: Database, actor: Actor, locale: Locale) {
  assertCan(actor, "user.manage");
  const [countries, agencies] = await Promise.all([listCountries(db, actor, { locale }), listAgencies(db, actor)]);
  return {
    countries: countries.map((country) => ({ value: country.code, label: country.name })),
    agencies: agencies.map((agency) => ({
      value: agency.id,
      label: `${localized(agency.shortName, locale)} · ${localized(agency.name, locale)}`,
    })),
  };
}
