/**
 * An entry's funding on its page: where the money comes from, the giver's entry a pass-through passes on (left out
 * of totals while that entry is live), the entries that pass this one's money on, and a transaction's amount in the
 * reporting currency with its rate (or why it has none).
 */
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { SupportEntryDetails } from "@/lib/support/get-support-entry";
import { convertedMoney, describeMissing, describeRate } from "./converted-totals";

export async function EntryFundingSource({ details }: { details: SupportEntryDetails }) {
  const [t, locale] = await Promise.all([getTranslations("funding"), getLocale()]);
  const { entry } = details;
  const source =
    entry.fundingSource === "member" && details.fundingAgency
      ? t("fromMember", { agency: `${details.fundingAgency.acronym} — ${localized(details.fundingAgency.shortName, locale as Locale)}` })
      : entry.fundingSource === "donor" && entry.fundingDonor
        ? t("fromDonor", { donor: entry.fundingDonor })
        : t("source.own");
  return (
    <div className="sm:col-span-2">
      <dt className="text-slate-500">{t("sourceLabel")}</dt>
      <dd>{source}</dd>
      {details.passedOnFrom ? (
        <dd className="mt-1">
          <Link href={`/support/${details.passedOnFrom.id}`}>
            {t("passedOnFrom", { agency: details.passedOnFrom.agencyAcronym, entry: details.passedOnFrom.title })}
          </Link>
          {details.passedOnFrom.counted ? <span className="block text-slate-600">{t("passedOnLeftOut")}</span> : null}
        </dd>
      ) : null}
      {details.passedOnBy.length > 0 ? (
        <dd className="mt-1">
          {t("passedOnTo")}:{" "}
          {details.passedOnBy.map((receiver, index) => (
            <span key={receiver.id}>
              {index > 0 ? ", " : ""}
              <Link href={`/support/${receiver.id}`}>{`${receiver.agencyAcronym} — ${receiver.title}`}</Link>
            </span>
          ))}
          <span className="block text-slate-600">{t("passedOnToNote")}</span>
        </dd>
      ) : null}
    </div>
  );
}

/** A transaction in the reporting currency, its rate written under it (visible text, not a tooltip). */
export async function ConvertedAmount({ transaction, reportingCurrency }: { transaction: SupportEntryDetails["transactions"][number]; reportingCurrency: string }) {
  const [t, format] = await Promise.all([getTranslations("funding"), getFormatter()]);
  const { converted } = transaction;
  if (converted.converted === null) {
    return (
      <span className="text-amber-800">
        {describeMissing(t, format, { currency: transaction.currency, valueDate: transaction.valueDate, reason: converted.missing ?? "no_rate" })}
      </span>
    );
  }
  return (
    <>
      <span className="whitespace-nowrap tabular-nums">{convertedMoney(format, converted.converted, reportingCurrency)}</span>
      {converted.rate ? <span className="block text-xs text-slate-600">{describeRate(t, format, converted.rate)}</span> : null}
    </>
  );
}
