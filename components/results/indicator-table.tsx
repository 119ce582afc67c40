/**
 * A followed indicator's figures in text, after its chart: the accepted values by period (the total, and female and
 * male where given), their sources, then the baseline and the targets. What screen readers read of the chart.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { CountryIndicatorView } from "@/lib/results/read-country-indicators";
import { formatIndicatorFigure } from "./indicator-figures";

type TableInput = Pick<CountryIndicatorView, "values" | "baseline" | "targets"> & { indicator: Pick<CountryIndicatorView["indicator"], "unit" | "sexBreakdown"> };

export async function IndicatorTable({ title, followed }: { title: string; followed: TableInput }) {
  const [t, format] = await Promise.all([getTranslations("countryResults"), getFormatter()]);
  const { values, baseline, targets } = followed;
  const figure = (value: string | undefined) => formatIndicatorFigure(format, value);
  const bySex = followed.indicator.sexBreakdown || values.some((value) => value.sex !== "total");
  const periods = [...new Set(values.map((value) => value.period))];
  const unit = t(`unit.${followed.indicator.unit}`);
  return (
    <div className="space-y-2">
      {periods.length === 0 ? (
        <p className="text-sm text-slate-600">{t("chart.noValues")}</p>
      ) : (
        <Table caption={t("tableCaption", { title, unit })}>
          <thead>
            <tr>
              <Th>{t("period")}</Th>
              <Th className="text-right">{t("sexColumn.total", { unit })}</Th>
              {bySex ? <Th className="text-right">{t("sexColumn.female", { unit })}</Th> : null}
              {bySex ? <Th className="text-right">{t("sexColumn.male", { unit })}</Th> : null}
              <Th>{t("source")}</Th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => {
              const own = values.filter((value) => value.period === period);
              const of = (sex: "total" | "female" | "male") => own.find((value) => value.sex === sex)?.value;
              const sources = [...new Set(own.map((value) => value.source).filter(Boolean))];
              return (
                <tr key={period}>
                  <Th scope="row">{period}</Th>
                  <Td label={t("sexColumn.total", { unit })} className="text-right tabular-nums">
                    {figure(of("total"))}
                  </Td>
                  {bySex ? (
                    <Td label={t("sexColumn.female", { unit })} className="text-right tabular-nums">
                      {figure(of("female"))}
                    </Td>
                  ) : null}
                  {bySex ? (
                    <Td label={t("sexColumn.male", { unit })} className="text-right tabular-nums">
                      {figure(of("male"))}
                    </Td>
                  ) : null}
                  <Td label={t("source")}>{sources.join("; ")}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-500">{t("baseline")}</dt>
        <dd data-testid="baseline">
          {baseline ? t("baselineText", { value: figure(baseline.value), unit, year: baseline.year, source: baseline.source || "—" }) : t("noBaseline")}
        </dd>
        <dt className="text-slate-500">{t("targets")}</dt>
        <dd data-testid="targets">
          {targets.length ? targets.map((target) => t("targetText", { value: figure(target.value), unit, year: target.year })).join(" · ") : t("noTargets")}
        </dd>
      </dl>
    </div>
  );
}
