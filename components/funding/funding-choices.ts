/** The entry form's funding choices from what lib/ offers, labelled in the reader's language. */
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { FundingSourceOptions } from "@/lib/support/funding-source-options";
import type { FundingChoices } from "./funding-source-fields";

export function fundingChoices(options: FundingSourceOptions, locale: Locale, excludeAgencyId?: string): FundingChoices {
  return {
    members: options.members
      .filter((member) => member.id !== excludeAgencyId)
      .map((member) => ({ value: member.id, label: `${member.acronym} — ${localized(member.shortName, locale)}` })),
    givers: options.givers.map((giver) => ({ value: giver.id, label: `${giver.agencyAcronym} — ${giver.title} (${giver.reference})`, agencyId: giver.agencyId })),
  };
}
