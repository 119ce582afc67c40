/** The choices the training form offers, in the reader's language. */
import "server-only";
import type { Queryable } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getTrainingFormOptions } from "@/lib/trainings/list-trainings";

export async function trainingChoices(db: Queryable, actor: Actor, countryCode: string, locale: Locale) {
  const options = await getTrainingFormOptions(db, actor, countryCode);
  return {
    institutions: options.institutions.map((institution) => ({ value: institution.id, label: institution.name })),
    agencies: options.agencies.map((agency) => {
      const name = localized(agency.shortName, locale);
      return { value: agency.id, label: name === agency.acronym ? name : `${agency.acronym} — ${name}` };
    }),
    supportEntries: options.supportEntries.map((entry) => ({ value: entry.id, label: entry.title })),
  };
}
