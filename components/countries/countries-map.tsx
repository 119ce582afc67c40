/**
 * The countries page's world map: countries coloured by SPF-I status or by steps completed, chosen by a link (the
 * `map` parameter), so it works without JavaScript. The table under it says the same in text.
 */
import { getTranslations } from "next-intl/server";
import { categoryClasses, rangeClasses, rangeOf } from "@/components/maps/map-classes";
import { WorldMap } from "@/components/maps/world-map";
import { Link } from "@/components/ui/link";
import type { CountryListRow } from "@/lib/countries/query-countries";
import { spfiStatuses } from "@/lib/forms/choices";
import type { countryMapColourings } from "@/lib/validation/countries";

type Colouring = (typeof countryMapColourings)[number];

/** Steps completed, cut into none, 1–2, 3–4, 5–6 and 7 or more (the framework has eight key steps). */
const stepBreaks = [1, 3, 5, 7] as const;

export async function CountriesMap({ rows, colouring, hrefOf }: { rows: CountryListRow[]; colouring: Colouring; hrefOf: Record<Colouring, string> }) {
  const [t, tStatus] = await Promise.all([getTranslations("countries.map"), getTranslations("spfiStatus")]);
  const byStatus = colouring === "status";
  const classes = byStatus
    ? categoryClasses(spfiStatuses, (status) => tStatus(status))
    : rangeClasses(stepBreaks, ({ from, below }) =>
        from === undefined ? t("stepsNone") : below === undefined ? t("stepsAtLeast", { from }) : t("stepsRange", { from, to: below - 1 }),
      );
  const countries = rows.map((row) => ({
    countryCode: row.code,
    classKey: byStatus ? row.spfiStatus : String(rangeOf(row.stepsDone, stepBreaks)),
    name: row.name,
    value: byStatus ? tStatus(row.spfiStatus) : t("stepsValue", { done: row.stepsDone, total: row.stepsApplicable }),
  }));
  const choice = (key: Colouring, label: string) => (
    <li>
      {key === colouring ? (
        <span aria-current="true" className="font-medium text-slate-900 underline decoration-2 underline-offset-4">
          {label}
        </span>
      ) : (
        <Link href={hrefOf[key]}>{label}</Link>
      )}
    </li>
  );
  return (
    <section className="mb-6">
      <nav aria-labelledby="countries-map-colour-by" className="flex flex-wrap items-baseline gap-x-3 text-sm">
        <span id="countries-map-colour-by" className="text-slate-600">
          {t("colourBy")}
        </span>
        <ul className="flex gap-3">
          {choice("status", t("byStatus"))}
          {choice("steps", t("bySteps"))}
        </ul>
      </nav>
      <WorldMap
        id="countries-map"
        title={byStatus ? t("titleStatus") : t("titleSteps")}
        classes={classes}
        countries={countries}
        noDataLabel={t("notFollowed")}
      />
    </section>
  );
}
