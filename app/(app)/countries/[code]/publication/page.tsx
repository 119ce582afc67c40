/**
 * A coordinator's page for a country's public page (decision 2200): the quality check, the publish switch (publishing
 * over warnings needs saying so, and is recorded), and the `<iframe>` snippet of its progress chart.
 */
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { publicOrigin } from "@/app/_edge/public-origin";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmbedSnippet } from "@/components/public-pages/embed-snippet";
import { QualityWarningList } from "@/components/public-pages/quality-warnings";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { DoneNotice } from "@/components/ui/done-notice";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { embedSnippet, publicCountryPath } from "@/lib/publication/public-paths";
import { getCountryPublication } from "@/lib/publication/publish-country";
import { changeCountryPublicationAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ done?: string }> };

const load = cache((code: string) => loadPage(({ db, actor }) => getCountryPublication(db, actor, code)));

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { country } = await load((await params).code);
  const t = await getTranslations("publication");
  return { title: `${t("title")} · ${localized(country.name, (await getLocale()) as Locale)}` };
}

async function CountryPublicationPage({ params, searchParams }: Props) {
  const [{ code }, { done }] = await Promise.all([params, searchParams]);
  const { country, publication, check } = await load(code);
  const locale = (await getLocale()) as Locale;
  const [t, tPublic, tNav, format, origin] = await Promise.all([getTranslations("publication"), getTranslations("publicPages"), getTranslations("nav"), getFormatter(), publicOrigin()]);
  const name = localized(country.name, locale);
  const fields = { country: country.code, version: publication.version };
  return (
    <>
      <PageHeader title={`${t("title")} · ${name}`} intro={t("intro", { country: name })}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}`}>{name}</Link>
        </nav>
      </PageHeader>
      <DoneNotice done={done} known={["published", "unpublished"] as const} message={(kind) => t(kind === "published" ? "donePublished" : "doneUnpublished")} />
      <Card>
        <p data-testid="publication-state" className="font-medium">
          {publication.published && publication.publishedAt ? t("published", { date: format.dateTime(publication.publishedAt, { dateStyle: "long" }) }) : t("notPublished")}
        </p>
        {publication.published ? (
          <p className="mt-1">
            <a href={publicCountryPath(locale, country.code)} className="underline">
              {t("view")}
            </a>
          </p>
        ) : null}
        {publication.published && publication.warnings.length > 0 ? (
          <div className="mt-3">
            <h2 className="font-medium">{t("publishedOver")}</h2>
            <QualityWarningList warnings={publication.warnings} locale={locale} />
          </div>
        ) : null}
      </Card>
      <section aria-labelledby="quality-check" className="mt-6">
        <h2 id="quality-check" className="text-lg font-semibold text-slate-900">
          {t("checkHeading")}
        </h2>
        {check.length === 0 ? <p className="mt-1">{t("checkClean")}</p> : <p className="mt-1">{t("checkIntro")}</p>}
        <QualityWarningList warnings={check} locale={locale} testId="quality-check-warnings" />
        <div className="mt-4">
          <ClientMessages>
            {publication.published ? (
              <ActionButton action={changeCountryPublicationAction} fields={{ ...fields, published: "false" }} label={t("unpublish")} />
            ) : (
              <ActionButton action={changeCountryPublicationAction} fields={{ ...fields, published: "true" }} label={t("publish")} variant="primary">
                {check.length > 0 ? (
                  <label className="mr-3 inline-flex items-center gap-2 text-sm">
                    <input type="checkbox" name="publishAnyway" value="on" />
                    {t("publishAnyway")}
                  </label>
                ) : null}
              </ActionButton>
            )}
          </ClientMessages>
        </div>
      </section>
      <div className="mt-8">
        <EmbedSnippet snippet={embedSnippet(origin, locale, country.code, tPublic("chartTitle", { country: name }))} />
      </div>
    </>
  );
}

export default withRefusal(CountryPublicationPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
