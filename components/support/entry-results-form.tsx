/**
 * On a support entry's edit page: the indicators its country follows, each linked or not to the entry with what the
 * work does for it (an output, an outcome, an impact), which the IATI export gives as the activity's results. One
 * small server-rendered form per indicator, so it works without JavaScript.
 */
import { getTranslations } from "next-intl/server";
import { supportResultTypes } from "@/lib/forms/choices";
import { ActionButton } from "@/components/ui/action-button";
import { Select } from "@/components/ui/field";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import type { ServerAction } from "@/lib/forms/action-state";
import type { SupportEntryIndicator } from "@/lib/results/support-entry-results";

export async function EntryResultsForm({
  supportEntryId,
  indicators,
  locale,
  linkAction,
  unlinkAction,
}: {
  supportEntryId: string;
  indicators: SupportEntryIndicator[];
  locale: Locale;
  linkAction: ServerAction;
  unlinkAction: ServerAction;
}) {
  const t = await getTranslations("supportResults");
  return (
    <section id="results" aria-labelledby="entry-results-title" className="mt-8 space-y-3">
      <h2 id="entry-results-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {indicators.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {indicators.map((indicator) => {
            const name = `${localized(indicator.name, locale)} (${indicator.code})`;
            const selectId = `result-type-${indicator.countryIndicatorId}`;
            return (
              <li key={indicator.countryIndicatorId} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium">{name}</p>
                <p className="text-sm text-slate-700">{indicator.resultType ? t("linkedAs", { type: t(`types.${indicator.resultType}`) }) : t("notLinked")}</p>
                <div className="mt-2 flex flex-wrap items-end gap-2">
                  <ActionButton
                    action={linkAction}
                    fields={{ supportEntryId, countryIndicatorId: indicator.countryIndicatorId }}
                    label={indicator.resultType ? t("save") : t("link")}
                    accessibleLabel={`${indicator.resultType ? t("save") : t("link")}: ${name}`}
                  >
                    <label htmlFor={selectId} className="text-sm">
                      {t("resultType")}
                    </label>
                    <Select id={selectId} name="resultType" defaultValue={indicator.resultType ?? "outcome"}>
                      {supportResultTypes.map((type) => (
                        <option key={type} value={type}>
                          {t(`types.${type}`)}
                        </option>
                      ))}
                    </Select>
                  </ActionButton>
                  {indicator.resultType ? (
                    <ActionButton
                      action={unlinkAction}
                      fields={{ supportEntryId, countryIndicatorId: indicator.countryIndicatorId }}
                      label={t("unlink")}
                      accessibleLabel={`${t("unlink")}: ${name}`}
                    />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
