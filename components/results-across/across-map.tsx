/**
 * One series across countries on the world map: each country's latest value in a class of a sequential scale, the
 * legend naming each range in the series' unit. The table beside it says the same in text.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { rangeClasses, rangeOf } from "@/components/maps/map-classes";
import { WorldMap } from "@/components/maps/world-map";
import type { IndicatorUnit } from "@/db/schema/values";
import { type AcrossRow, valueBreaks } from "./across-classes";
import { formatIndicatorValue } from "./indicator-value";

export async function AcrossMap({ title, unit, rows }: { title: string; unit: IndicatorUnit; rows: AcrossRow[] }) {
  const [t, format] = await Promise.all([getTranslations("resultsAcross"), getFormatter()]);
  const breaks = valueBreaks(unit, rows.map((row) => Number(row.value)));
  const figure = (value: number) => formatIndicatorValue(format, t, unit, String(value));
  const classes = rangeClasses(breaks, ({ from, below }) =>
    from === undefined && below === undefined
      ? t("map.any")
      : from === undefined
        ? t("map.below", { below: figure(below!) })
        : below === undefined
          ? t("map.atLeast", { from: figure(from) })
          : t("map.range", { from: figure(from), below: figure(below) }),
  );
  const countries = rows.map((row) => ({
    countryCode: row.countryCode,
    classKey: String(rangeOf(Number(row.value), breaks)),
    name: row.name,
    value: t("map.countryValue", { value: formatIndicatorValue(format, t, unit, row.value), period: row.period }),
  }));
  return <WorldMap id="results-map" title={title} classes={classes} countries={countries} noDataLabel={t("map.noValue")} />;
}
