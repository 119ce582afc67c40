/** Editing a reporting round (coordinators): the same form as opening one, under the round's version. */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
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
import { getRound } from "@/lib/rounds/get-round";
import { editRoundAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rounds.form"))("editTitle") };
}

async function EditRoundPage({ params }: Props) {
  const { id } = await params;
  const locale = (await getLocale()) as Locale;
  const { round, countries } = await loadPage(async ({ db, actor }) => {
    requirePermission(actor, "round.manage");
    const [round, countries] = await Promise.all([getRound(db, actor, id), listCountries(db, actor, { locale })]);
    return { round, countries };
  });
  // A withdrawn round is restored from its page before it is edited.
  if (round.withdrawn) notFound();
  const [t, tRegions] = await Promise.all([getTranslations("rounds.form"), getTranslations("regions")]);
  const initial = {
    id: round.id,
    version: String(round.version),
    name: round.name,
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    dueOn: round.dueOn,
    reminderDaysBefore: String(round.reminderDaysBefore),
    countryCodes: round.countries.map((country) => country.countryCode),
  };

  return (
    <>
      <PageHeader title={t("editTitle")} intro={t("editIntro")}>
        <RoundsBreadcrumb trail={[{ href: `/rounds/${round.id}`, label: round.name }]} />
      </PageHeader>
      <ClientMessages namespaces={["rounds"]}>
        <RoundForm action={editRoundAction} mode="edit" initial={initial} regions={regionChoices(countries, (region) => tRegions(region))} />
      </ClientMessages>
    </>
  );
}

export default withRefusal(EditRoundPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
