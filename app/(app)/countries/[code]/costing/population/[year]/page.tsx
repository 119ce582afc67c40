import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { formatPersons } from "@/components/costing/figures";
import { FrameFirst, InputsHeader } from "@/components/costing/inputs/inputs-header";
import { type GroupFormRow, PopulationYearForm } from "@/components/costing/inputs/population-year-form";
import { typedAmount } from "@/components/costing/inputs/typed-figures";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { Decimal, figureText } from "@/lib/costing/decimal";
import type { PopulationGroupRow } from "@/lib/costing/population-groups";
import { maxPopulationGroups } from "@/lib/validation/costing";
import { setPopulationAction } from "../../inputs-actions";
import { loadPopulationYearToChange } from "../../inputs-load";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; year: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  // The address is checked by the page; its title names only a year that reads as one.
  return { title: (await getTranslations("costingInputs"))("population.yearTitle", { year: /^\d{4}$/.test(year) ? year : "" }) };
}

/** Empty rows after the stored groups: enough for five-year groups 0–4 … 80+ in a year without figures, else five. */
const emptyRowsAtFirst = (stored: number) => (stored ? 5 : 17);
/** Empty rows the "more rows" link adds. */
const emptyRowsStep = 10;

const emptyRow: GroupFormRow = { ageFrom: "", ageTo: "", female: "", male: "" };
const typedGroup = (group: PopulationGroupRow): GroupFormRow => ({
  ageFrom: String(group.ageFrom),
  ageTo: group.ageTo === null ? "" : String(group.ageTo),
  female: typedAmount(group.female),
  male: typedAmount(group.male),
});

async function PopulationYearPage({ params, searchParams }: Props) {
  const [{ code, year: yearParam }, query] = await Promise.all([params, searchParams]);
  const population = await loadPopulationYearToChange(code, yearParam);
  const [t, format] = await Promise.all([getTranslations("costingInputs"), getFormatter()]);
  const { country, frame, groups } = population;
  // A year is written as it is, not as a number with a thousands separator.
  const year = String(population.year);
  const populationPage = `/countries/${country.code}/costing/population`;
  // Rows the address asks for (the "more rows" link), within what a year may hold.
  const room = maxPopulationGroups - groups.length;
  const asked = typeof query.rows === "string" && /^\d{1,3}$/.test(query.rows) ? Number(query.rows) : emptyRowsAtFirst(groups.length);
  const empty = Math.min(asked, room);
  const persons = groups.reduce((sum, group) => sum.plus(group.female ?? 0).plus(group.male ?? 0), new Decimal(0));
  const savedNow = groups.length ? t("population.savedNowValue", { groups: groups.length, persons: formatPersons(format, figureText(persons)) }) : t("population.savedNowNone");

  return (
    <>
      <InputsHeader
        country={country}
        title={t("population.yearTitle", { year })}
        intro={population.readable && frame ? t("population.yearIntro", { year }) : undefined}
        trail={[{ href: populationPage, label: t("population.title") }]}
      />
      {!population.readable ? (
        <EmptyState>{t("keptFromReader")}</EmptyState>
      ) : !frame ? (
        <FrameFirst countryCode={country.code} mayWrite />
      ) : (
        <>
          <p className="mb-4 max-w-3xl text-sm text-slate-700">{t("population.yearRules")}</p>
          {population.sexesGroupedAlike ? null : (
            <div className="mb-4 max-w-3xl">
              <Alert>{t("population.unevenSexes", { year })}</Alert>
            </div>
          )}
          <ClientMessages namespaces={["costingInputs", "costingRules", "support"]}>
            <PopulationYearForm
              action={setPopulationAction}
              countryCode={country.code}
              version={population.version}
              year={population.year}
              rows={[...groups.map(typedGroup), ...Array.from({ length: empty }, () => emptyRow)]}
              savedNow={savedNow}
            />
          </ClientMessages>
          {empty < room ? (
            <p className="mt-4 text-sm">
              <Link href={`${populationPage}/${year}?rows=${Math.min(empty + emptyRowsStep, room)}`}>{t("population.moreRows", { count: Math.min(emptyRowsStep, room - empty) })}</Link>{" "}
              <span className="text-slate-600">{t("population.moreRowsNote")}</span>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}

export default withRefusal(PopulationYearPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
