import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { regionChoices } from "@/components/countries/region-choices";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { FollowedCountriesForm } from "@/components/activity/followed-countries-form";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { listFollowChoices } from "@/lib/activity/followed-countries";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { chooseFollowedCountriesAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("following") };
}

async function FollowedCountriesPage() {
  const locale = (await getLocale()) as Locale;
  const [choices, t, tRegions] = await Promise.all([loadPage(({ db, actor }) => listFollowChoices(db, actor)), getTranslations("activity"), getTranslations("regions")]);
  const collator = new Intl.Collator(locale);
  // A country followed by default says so beside its name; the names in the reader's order within each region.
  const countries = choices
    .map((choice) => ({ ...choice, name: localized(choice.name, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ code, region, name, byDefault }) => ({ code, region, name: byDefault ? t("byDefault", { country: name }) : name }));

  return (
    <>
      <PageHeader title={t("following")} intro={t("chooseIntro")}>
        <Breadcrumb label={t("breadcrumb")} links={[{ href: "/activity", label: t("title") }]} />
      </PageHeader>
      <FollowedCountriesForm
        action={chooseFollowedCountriesAction}
        regions={regionChoices(countries, (region) => tRegions(region))}
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

export default withRefusal(FollowedCountriesPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
