import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NeedForm } from "@/components/support/need-form";
import { stepOptions } from "@/components/support/step-options";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { can } from "@/lib/permissions";
import { getCountrySupportSteps } from "@/lib/support/get-country-support";
import { addNeedAction } from "../../../../../support/actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("support"))("newNeedTitle") };
}

async function NewNeedPage({ params, searchParams }: Props) {
  const code = (await params).code;
  const { actor, country, steps } = await loadPage(async ({ db, actor }) => ({ actor, ...(await getCountrySupportSteps(db, actor, code)) }));
  if (!can(actor, "need.write", { countryCode: country.code })) forbidden();
  const { step } = await searchParams;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("support");
  const countryName = localized(country.name, locale);
  // Step 8 of the framework is about exactly this: it is the default.
  const defaultStep = steps.find((candidate) => candidate.id === step) ?? steps.find((candidate) => candidate.key === "support_needs");

  return (
    <>
      <PageHeader title={t("newNeedTitle")} intro={t("newNeedIntro", { country: countryName })}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}/support`}>{t("countryTitle", { country: countryName })}</Link>
        </nav>
      </PageHeader>
      <ClientMessages namespaces={["support", "offline"]}>
        <NeedForm
          action={addNeedAction}
          mode="add"
          steps={stepOptions(steps, locale)}
          currencies={Intl.supportedValuesOf("currency")}
          initial={{
            countryCode: country.code,
            countryStepId: defaultStep?.id ?? "",
            kind: "funding",
            technicalCategory: "",
            description: "",
            estimateAmount: "",
            estimateCurrency: "",
            priority: "medium",
          }}
        />
      </ClientMessages>
    </>
  );
}

export default withRefusal(NewNeedPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
