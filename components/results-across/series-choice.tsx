/**
 * The series shown across countries: a plain GET form (it works without JavaScript), the catalogue grouped by
 * family, keeping the table's sort.
 */
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";

type SeriesOption = { code: string; name: string; family: "sdg_1_3_1" | "spf_flagship" | "national" };

export async function SeriesChoice({ indicators, chosen, sort, dir }: { indicators: SeriesOption[]; chosen: string; sort: string; dir: string }) {
  const t = await getTranslations("resultsAcross");
  const families = (["sdg_1_3_1", "spf_flagship"] as const).map((family) => ({ family, options: indicators.filter((indicator) => indicator.family === family) }));
  return (
    // Keyed by the series: React keeps what an uncontrolled select shows when the page changes in place.
    <form key={chosen} method="get" action="/results" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label={t("choose")}>
      <input type="hidden" name="sort" value={sort} />
      <input type="hidden" name="dir" value={dir} />
      <Field id="results-series" label={t("series")}>
        <Select id="results-series" name="series" defaultValue={chosen} className="max-w-xl">
          {families
            .filter(({ options }) => options.length > 0)
            .map(({ family, options }) => (
              <optgroup key={family} label={t(`family.${family}`)}>
                {options.map((option) => (
                  <option key={option.code} value={option.code}>
                    {`${option.code} — ${option.name}`}
                  </option>
                ))}
              </optgroup>
            ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}
