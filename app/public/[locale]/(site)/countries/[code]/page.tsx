/**
 * A country's public page (decision 2200): what its coordinators published, read as an anonymous reader through the
 * sharing rule, from the data cache refreshed after each write that touches it. A country not published is a 404.
 */
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { publishedCountryPage } from "@/app/_edge/public-pages-cache";
import { publicMetadata } from "@/app/_edge/public-metadata";
import { publicOrigin } from "@/app/_edge/public-origin";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { SpfiStatusBadge } from "@/components/countries/status-badges";
import { MilestonesSection, ResultsSection, StepsSection, SupportSection } from "@/components/public-pages/country-sections";
import { EmbedSnippet } from "@/components/public-pages/embed-snippet";
import { ProgressChart } from "@/components/public-pages/progress-chart";
import type { spfiStatuses } from "@/db/schema/values";
import { embedSnippet, publicCountryPath, publicListPath } from "@/lib/publication/public-paths";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }> };

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { locale: requested, code } = await params;
  const { locale, country, name } = await publishedCountryPage(requested, code);
  const t = await getTranslations({ locale, namespace: "publicPages" });
  return publicMetadata(locale, (other) => publicCountryPath(other, country.code), {
    title: t("countryTitle", { country: name }),
    description: t("countryDescription", { country: name }),
  });
}

async function PublicCountryPage({ params }: Props) {
  const { locale: requested, code } = await params;
  const { locale, country, name } = await publishedCountryPage(requested, code);
  const [t, format, origin] = await Promise.all([getTranslations("publicPages"), getFormatter(), publicOrigin()]);
  const on = (text: string) => format.dateTime(new Date(text), { dateStyle: "long" });
  return (
    <>
      <nav className="mb-2 text-sm">
        <a href={publicListPath(locale)} className="underline">
          {t("allCountries")}
        </a>
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("countryTitle", { country: name })}</h1>
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <SpfiStatusBadge status={country.spfiStatus as (typeof spfiStatuses)[number]} />
        {country.publishedAt ? <span>{t("publishedOn", { date: on(country.publishedAt) })}</span> : null}
        {country.lastUpdatedAt ? <span>{t("lastUpdated", { date: on(country.lastUpdatedAt) })}</span> : null}
      </div>
      <div className="mt-6">
        <ProgressChart countryName={name} steps={country.steps} locale={locale} />
      </div>
      <StepsSection country={country} locale={locale} />
      <MilestonesSection country={country} locale={locale} />
      <SupportSection country={country} />
      <ResultsSection country={country} locale={locale} />
      <div className="mt-8">
        <EmbedSnippet snippet={embedSnippet(origin, locale, country.code, t("chartTitle", { country: name }))} />
      </div>
    </>
  );
}

export default withRefusal(PublicCountryPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
