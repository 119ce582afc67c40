/** A step's sub-activity checklist: ticked or not, by whom and when; members tick and untick one at a time. */
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { ChecklistItem } from "@/lib/progress/step-checklists";
import type { ServerAction } from "@/lib/forms/action-state";

export async function Checklist({ action, countryStepId, items, canUpdate }: { action: ServerAction; countryStepId: string; items: ChecklistItem[]; canUpdate: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("step"), getFormatter(), getLocale()]);
  return (
    <ul className="space-y-2" aria-label={t("checklist")}>
      {items.map((item) => {
        const title = localized(item.title, locale as Locale);
        return (
          <li key={item.id} className="flex flex-wrap items-start gap-x-3 gap-y-1" data-testid="sub-activity">
            <span aria-hidden="true" className={item.done ? "text-emerald-700" : "text-slate-400"}>
              {item.done ? "☑" : "☐"}
            </span>
            <div className="min-w-0 flex-1">
              <p>
                {title} <span className="sr-only">({item.done ? t("done") : t("notDone")})</span>
              </p>
              {item.changedAt && item.changedByName ? (
                <p className="text-xs text-slate-500">
                  {t(item.done ? "tickedBy" : "untickedBy", { name: item.changedByName, date: format.dateTime(item.changedAt, { dateStyle: "medium" }) })}
                </p>
              ) : null}
            </div>
            {canUpdate ? (
              <ActionButton
                action={action}
                fields={{ countryStepId, subActivityId: item.id, done: item.done ? "false" : "true" }}
                label={item.done ? t("untick") : t("tick")}
                pendingLabel={t("saving")}
                accessibleLabel={t(item.done ? "untickNamed" : "tickNamed", { title })}
                variant="ghost"
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
