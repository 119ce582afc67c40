/** Opening a reporting round (coordinators): its name, period, due date, reminder and the countries asked. */
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage, requirePermission } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { regionChoices } from "@/components/countries/region-choices";
import { RoundForm } from "@/components/rounds/round-form";
import { RoundsBreadcrumb } from "@/components/rounds/rounds-breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { listCountries } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { openRoundAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rounds.form"))("openTitle") };
}

async function OpenRoundPage() {
  const locale = (await getLocale()) as Locale;
  const countries = await loadPage(async ({ db, actor }) => {
    requirePermission(actor, "round.manage");
    return listCountries(db, actor, { locale });
  });
  const [t, tRegions] = await Promise.all([getTranslations("rounds.form"), getTranslations("regions")]);
  const initial = { name: "", periodStart: "", periodEnd: "", dueOn: "", reminderDaysBefore: "7", countryCodes: [] };

  return (
    <>
      <PageHeader title={t("openTitle")} intro={t("openIntro")}>
        <RoundsBreadcrumb />
      </PageHeader>
      <ClientMessages namespaces={["rounds"]}>
        <RoundForm action={openRoundAction} mode="open" initial={initial} regions={regionChoices(countries, (region) => tRegions(region))} />
      </ClientMessages>
    </>
  );
}

export default withRefusal(OpenRoundPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
