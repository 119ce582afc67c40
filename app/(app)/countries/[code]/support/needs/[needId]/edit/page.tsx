import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NeedForm } from "@/components/support/need-form";
import { stepOptions } from "@/components/support/step-options";
import { WithdrawForm } from "@/components/support/withdraw-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getCountrySupportSteps } from "@/lib/support/get-country-support";
import { needForChange, needFormValues } from "@/lib/support/needs";
import { editNeedAction, withdrawNeedAction } from "../../../../../../support/actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; needId: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("support"))("editNeedTitle") };
}

async function EditNeedPage({ params }: Props) {
  const { code, needId } = await params;
  const { country, steps, need } = await loadPage(async ({ db, actor }) => {
    const { country, steps } = await getCountrySupportSteps(db, actor, code);
    if (!/^[0-9a-f-]{36}$/i.test(needId)) notFound();
    return { country, steps, need: await needForChange(db, actor, needId) };
  });
  if (need.countryCode !== country.code) notFound();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("support");
  const countryName = localized(country.name, locale);
  const values = needFormValues(need);

  return (
    <>
      <PageHeader title={t("editNeedTitle")} intro={need.description}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}/support`}>{t("countryTitle", { country: countryName })}</Link>
        </nav>
      </PageHeader>
      <ClientMessages namespaces={["support"]}>
        <NeedForm
          action={editNeedAction}
          mode="edit"
          steps={stepOptions(steps, locale)}
          currencies={Intl.supportedValuesOf("currency")}
          initial={{ ...values, version: String(values.version), countryCode: country.code }}
        />
        <Card className="mt-8 max-w-2xl border-red-200" aria-labelledby="withdraw-need-title">
          <h2 id="withdraw-need-title" className="mb-1 font-semibold">
            {t("withdrawNeedTitle")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("withdrawNeedIntro")}</p>
          <WithdrawForm action={withdrawNeedAction} id={need.id} version={need.version} withReason={false} label={t("withdrawNeed")} />
        </Card>
      </ClientMessages>
    </>
  );
}

export default withRefusal(EditNeedPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
