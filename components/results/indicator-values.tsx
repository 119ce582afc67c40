/**
 * The accepted values of a followed indicator, one row each, with where each came from; for those who write the
 * country's results, a link to correct each (the form opens on the page, without JavaScript) and the withdrawn values
 * with a button to bring each back.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Link } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { ServerAction } from "@/lib/forms/action-state";
import type { IndicatorValueView } from "@/lib/results/read-country-indicators";
import type { WithdrawnValueView } from "@/lib/results/withdrawn-values";
import { formatIndicatorFigure } from "./indicator-figures";

export async function IndicatorValues({
  countryIndicatorId,
  values,
  withdrawn,
  unitLabel,
  editHref,
  restoreAction,
}: {
  countryIndicatorId: string;
  values: IndicatorValueView[];
  withdrawn: WithdrawnValueView[];
  unitLabel: string;
  /** The address that opens a value's correction form; none for readers who may not correct. */
  editHref?: (valueId: string) => string;
  restoreAction: ServerAction;
}) {
  const [t, format] = await Promise.all([getTranslations("countryResults"), getFormatter()]);
  const figure = (value: string) => formatIndicatorFigure(format, value);
  return (
    <section aria-labelledby="indicator-values" className="space-y-3">
      <h2 id="indicator-values" className="text-lg font-semibold">
        {t("values.title")}
      </h2>
      {values.length === 0 ? (
        <p className="text-sm text-slate-600">{t("chart.noValues")}</p>
      ) : (
        <Table caption={t("values.title")}>
          <thead>
            <tr>
              <Th>{t("period")}</Th>
              <Th>{t("value.sex")}</Th>
              <Th className="text-right">{t("value.value", { unit: unitLabel })}</Th>
              <Th>{t("source")}</Th>
              <Th>{t("values.origin")}</Th>
              {editHref ? <Th>{t("values.actions")}</Th> : null}
            </tr>
          </thead>
          <tbody>
            {values.map((value) => (
              <tr key={value.id} data-value={`${value.period}/${value.sex}`}>
                <Th scope="row">{value.period}</Th>
                <Td label={t("value.sex")}>{t(`chart.sex.${value.sex}`)}</Td>
                <Td label={t("value.value", { unit: unitLabel })} className="text-right tabular-nums">
                  {figure(value.value)}
                </Td>
                <Td label={t("source")}>
                  {value.source}
                  {value.note ? <span className="block text-slate-600">{value.note}</span> : null}
                  {value.evidenceUrl ? (
                    <a href={value.evidenceUrl} rel="noopener noreferrer" className="block">
                      {t("values.evidence")}
                    </a>
                  ) : null}
                </Td>
                <Td label={t("values.origin")}>
                  {t(`values.origins.${value.origin}`)}
                  {value.obsStatus ? ` (${value.obsStatus})` : ""}
                </Td>
                {editHref ? (
                  <Td label={t("values.actions")}>
                    <Link href={editHref(value.id)} aria-label={t("values.correctLabel", { period: value.period, sex: t(`chart.sex.${value.sex}`) })}>
                      {t("values.correct")}
                    </Link>
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {withdrawn.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">{t("values.withdrawn", { count: withdrawn.length })}</summary>
          <ul className="mt-2 space-y-2">
            {withdrawn.map((value) => (
              <li key={value.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {t("values.withdrawnLine", {
                    period: value.period,
                    sex: t(`chart.sex.${value.sex}`),
                    value: figure(value.value),
                    date: format.dateTime(value.withdrawnAt, { dateStyle: "medium" }),
                  })}
                  {value.replaced ? ` · ${t("values.replaced")}` : value.reason ? ` · ${value.reason}` : ""}
                </span>
                <ActionButton
                  action={restoreAction}
                  fields={{ id: value.id, version: value.version, countryIndicatorId }}
                  label={t("values.restore")}
                  accessibleLabel={t("values.restoreLabel", { period: value.period, sex: t(`chart.sex.${value.sex}`) })}
                />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
