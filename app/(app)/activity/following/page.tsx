import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { FollowedCountriesForm } from "@/components/activity/followed-countries-form";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { regions } from "@/db/schema/values";
import { listFollowChoices } from "@/lib/activity/followed-countries";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { chooseFollowedCountriesAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("following") };
}

export default async function FollowedCountriesPage() {
  const locale = (await getLocale()) as Locale;
  const [choices, t, tRegions] = await Promise.all([loadPage(({ db, actor }) => listFollowChoices(db, actor)), getTranslations("activity"), getTranslations("regions")]);
  const collator = new Intl.Collator(locale);
  const groups = regions
    .map((region) => ({
      region,
      legend: tRegions(region),
      choices: choices
        .filter((choice) => choice.region === region)
        .map((choice) => ({ value: choice.code, label: choice.byDefault ? t("byDefault", { country: localized(choice.name, locale) }) : localized(choice.name, locale) }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    }))
    .filter((group) => group.choices.length > 0);

  return (
    <>
      <PageHeader title={t("following")} intro={t("chooseIntro")}>
        <Breadcrumb label={t("breadcrumb")} links={[{ href: "/activity", label: t("title") }]} />
      </PageHeader>
      <FollowedCountriesForm
        action={chooseFollowedCountriesAction}
        regions={groups}
        followed={choices.filter((choice) => choice.following).map((choice) => choice.code)}
        saveLabel={t("save")}
        savingLabel={t("saving")}
      />
      <p className="mt-6 text-sm">
        <Link href="/activity">{t("backToFeed")}</Link>
      </p>
    </>
  );
}
