import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { FrameFirst, InputsHeader } from "@/components/costing/inputs/inputs-header";
import { typedAmount, typedPercentage } from "@/components/costing/inputs/typed-figures";
import { type YearFormRow, YearFiguresForm } from "@/components/costing/inputs/year-figures-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import type { FrozenYear } from "@/lib/costing/data/content";
import { setYearFiguresAction } from "../inputs-actions";
import { loadCostingToChange } from "../inputs-load";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costingInputs"))("years.title") };
}

/** A stored year as its fields are typed: amounts grouped by thousands, inflation as a percentage. */
const typedYear = (figures: FrozenYear): YearFormRow => ({
  year: figures.year,
  gdp: typedAmount(figures.gdp),
  gdpSource: figures.gdpSource,
  governmentExpenditure: typedAmount(figures.governmentExpenditure),
  governmentExpenditureSource: figures.governmentExpenditureSource,
  inflation: typedPercentage(figures.inflation),
  inflationSource: figures.inflationSource,
  povertyLine: typedAmount(figures.povertyLine),
  povertyLineSource: figures.povertyLineSource,
});

async function CostingYearsPage({ params }: Props) {
  const { code } = await params;
  const costing = await loadCostingToChange(code);
  const [t, locale] = await Promise.all([getTranslations("costingInputs"), getLocale()]);
  const { country, frame } = costing;
  const currencyName = frame ? (new Intl.DisplayNames([locale], { type: "currency" }).of(frame.currency) ?? frame.currency) : "";

  return (
    <>
      <InputsHeader country={country} title={t("years.title")} intro={frame ? t("years.intro", { from: String(frame.baseYear), to: String(frame.horizonYear) }) : undefined} />
      {!costing.readable ? (
        <EmptyState>{t("keptFromReader")}</EmptyState>
      ) : !frame ? (
        <FrameFirst countryCode={country.code} mayWrite />
      ) : (
        <>
          <div className="mb-5 max-w-3xl space-y-2 text-sm text-slate-700">
            <p>{t("years.currency", { currency: currencyName, code: frame.currency })}</p>
            <ul className="list-disc space-y-1 pl-5">
              <li>{t("years.guide.gdp")}</li>
              <li>{t("years.guide.governmentExpenditure")}</li>
              <li>{t("years.guide.inflation")}</li>
              <li>{t("years.guide.povertyLine")}</li>
            </ul>
            <p>{t("years.blank")}</p>
          </div>
          <ClientMessages namespaces={["costingInputs", "costingRules", "support"]}>
            <YearFiguresForm action={setYearFiguresAction} countryCode={country.code} version={costing.version} currency={frame.currency} rows={costing.years.map(typedYear)} />
          </ClientMessages>
        </>
      )}
    </>
  );
}

export default withRefusal(CostingYearsPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
