import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { FrameForm } from "@/components/costing/inputs/frame-form";
import { InputsHeader } from "@/components/costing/inputs/inputs-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { maxHorizonYears } from "@/lib/costing/prepared-inputs";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { setCostingFrameAction } from "../inputs-actions";
import { loadCostingToChange } from "../inputs-load";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costingInputs"))("frame.title") };
}

async function CostingFramePage({ params }: Props) {
  const { code } = await params;
  const costing = await loadCostingToChange(code);
  const [t, locale] = await Promise.all([getTranslations("costingInputs"), getLocale()]);
  const { country, frame } = costing;
  const intro = frame ? t("frame.introChange") : t("frame.introFirst", { country: localized(country.name, locale as Locale) });

  return (
    <>
      <InputsHeader country={country} title={t("frame.title")} intro={costing.readable ? intro : undefined} />
      {!costing.readable ? (
        <EmptyState>{t("keptFromReader")}</EmptyState>
      ) : (
        <ClientMessages namespaces={["costingInputs", "costingRules", "support"]}>
          <FrameForm
            action={setCostingFrameAction}
            initial={{
              countryCode: country.code,
              version: String(costing.version),
              baseYear: frame ? String(frame.baseYear) : "",
              horizonYear: frame ? String(frame.horizonYear) : "",
              currency: frame?.currency ?? "",
              populationSource: frame?.populationSource ?? "",
            }}
            saved={frame}
            currencies={Intl.supportedValuesOf("currency")}
            maxHorizonYears={maxHorizonYears}
          />
        </ClientMessages>
      )}
    </>
  );
}

export default withRefusal(CostingFramePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
