import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { importSummaryOf } from "@/components/costing/inputs/import-summary";
import { FrameFirst, InputsHeader } from "@/components/costing/inputs/inputs-header";
import { PopulationCsvLayout } from "@/components/costing/inputs/population-csv-layout";
import { PopulationImportForm } from "@/components/costing/inputs/population-import-form";
import { PopulationTable } from "@/components/costing/inputs/population-table";
import { TitledSection } from "@/components/costing/inputs/titled-section";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { populationCsvLimits } from "@/lib/costing/population-csv";
import { importPopulationAction } from "../inputs-actions";
import { loadCostingToRead } from "../inputs-load";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costingInputs"))("population.title") };
}

const doneMessages = ["imported", "populationSaved"] as const;

async function CostingPopulationPage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const { costing, mayWrite } = await loadCostingToRead(code);
  const t = await getTranslations("costingInputs");
  const { country, frame } = costing;
  const summary = importSummaryOf(query);
  const savedYear = typeof query.year === "string" && /^\d{4}$/.test(query.year) ? query.year : null;
  const doneMessage = (done: (typeof doneMessages)[number]) => {
    if (done === "populationSaved") return savedYear ? t("done.populationSaved", { year: savedYear }) : t("done.populationSavedPlain");
    if (!summary) return t("done.importedPlain");
    const replaced = summary.years ? t("done.imported", { rows: summary.rows, years: summary.years }) : t("done.importedYearsUnnamed", { rows: summary.rows });
    return summary.ignoredLines > 0 ? `${replaced} ${t("done.ignored", { count: summary.ignoredLines })}` : replaced;
  };

  return (
    <>
      <InputsHeader country={country} title={t("population.title")} intro={costing.readable ? t("population.intro") : undefined} />
      <DoneNotice done={typeof query.done === "string" ? query.done : undefined} known={doneMessages} message={doneMessage} />
      {!costing.readable ? (
        <EmptyState>{t("keptFromReader")}</EmptyState>
      ) : !frame ? (
        <FrameFirst countryCode={country.code} mayWrite={mayWrite} />
      ) : (
        <>
          <PopulationTable countryCode={country.code} years={costing.years} mayWrite={mayWrite} source={frame.populationSource} />
          {mayWrite ? (
            <>
              <TitledSection id="population-import" title={t("population.importTitle")} intro={t("population.importIntro")} className="max-w-4xl">
                <ClientMessages namespaces={["costingInputs", "costingRules", "support"]}>
                  <PopulationImportForm
                    action={importPopulationAction}
                    initial={{ countryCode: country.code, version: String(costing.version), text: "" }}
                    maxBytes={populationCsvLimits.maxCharacters}
                    maxRows={populationCsvLimits.maxRows}
                  />
                </ClientMessages>
              </TitledSection>
              <PopulationCsvLayout frame={frame} />
            </>
          ) : null}
        </>
      )}
    </>
  );
}

export default withRefusal(CostingPopulationPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
