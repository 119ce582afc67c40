/**
 * The public list of countries (decision 2200): those where inter-agency SPF-I activities are under way and those
 * that have expressed interest, as the Initiative's own page lists them, made live; a published country links to its page.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cachedPublicCountries } from "@/app/_edge/public-pages-cache";
import { publicMetadata } from "@/app/_edge/public-metadata";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { publicCountryPath, publicListPath } from "@/lib/publication/public-paths";
import type { PublicCountryListing } from "@/lib/publication/read-public-country";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

async function localeOf(params: Props["params"]): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: "publicPages" });
  return publicMetadata(locale, publicListPath, { title: t("listTitle"), description: t("listDescription") });
}

async function PublicCountriesPage({ params }: Props) {
  const locale = await localeOf(params);
  const [t, countries] = await Promise.all([getTranslations("publicPages"), cachedPublicCountries()]);
  const collator = new Intl.Collator(locale);
  const named = countries.map((country) => ({ ...country, label: localized(country.name, locale) })).sort((a, b) => collator.compare(a.label, b.label));
  const groups = [
    { id: "under-way", title: t("underWay"), countries: named.filter((country) => country.spfiStatus === "activities_under_way") },
    { id: "interested", title: t("interested"), countries: named.filter((country) => country.spfiStatus === "interest_expressed") },
  ];
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id} className="mt-6">
          <h2 id={group.id} className="text-lg font-semibold text-slate-900">
            {group.title}
          </h2>
          {group.countries.length === 0 ? (
            <p className="mt-1 text-slate-700">{t("noCountries")}</p>
          ) : (
            <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid={`public-${group.id}`}>
              {group.countries.map((country) => (
                <li key={country.code} className="rounded border border-slate-200 bg-white p-3">
                  <CountryEntry country={country} locale={locale} notPublished={t("notPublished")} stepsDone={(steps) => t("stepsDone", steps)} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

function CountryEntry(props: {
  country: PublicCountryListing & { label: string };
  locale: Locale;
  notPublished: string;
  stepsDone: (steps: { done: number; total: number }) => string;
}) {
  const { country, locale } = props;
  if (!country.published || !country.steps) {
    return (
      <>
        <span className="font-medium text-slate-900">{country.label}</span> <span className="text-sm text-slate-600">({props.notPublished})</span>
      </>
    );
  }
  return (
    <>
      <a href={publicCountryPath(locale, country.code)} className="font-medium text-brand-800 underline">
        {country.label}
      </a>
      <p className="text-sm text-slate-700">{props.stepsDone({ done: country.steps.done, total: country.steps.applicable })}</p>
    </>
  );
}

export default withRefusal(PublicCountriesPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
