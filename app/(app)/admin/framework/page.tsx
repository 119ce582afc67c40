import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { FrameworkEditor } from "@/components/admin/framework-editor";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { frameworkFormValues } from "@/lib/framework/framework-form";
import { getFramework } from "@/lib/framework/get-framework";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { frameworkVersionAction, moveCountriesAction } from "./actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("frameworkAdmin"))("title") };
}

async function FrameworkPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const framework = await loadPage(({ db, actor }) => getFramework(db, actor));
  const { published } = await searchParams;
  const locale = (await getLocale()) as Locale;
  const [t, format] = await Promise.all([getTranslations("frameworkAdmin"), getFormatter()]);
  const { latest, versions, behind } = framework;
  const values = frameworkFormValues(latest.number, framework.steps);

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {published ? (
        <div className="mb-4">
          <Alert tone="success">{t("published", { number: Number(published) })}</Alert>
        </div>
      ) : null}
      <section aria-labelledby="versions-title" className="mb-6">
        <h2 id="versions-title" className="mb-2 text-lg font-semibold">
          {t("versionsTitle")}
        </h2>
        <ul className="space-y-1 text-sm">
          {versions.map((version) => (
            <li key={version.number}>
              {t("versionRow", { number: version.number, date: format.dateTime(version.publishedAt, { dateStyle: "medium" }), countries: version.countries })}
              {version.notes ? <span className="text-slate-600"> — {version.notes}</span> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="move-title" className="mb-8">
        <h2 id="move-title" className="mb-1 text-lg font-semibold">
          {t("moveTitle")}
        </h2>
        {behind.length === 0 ? (
          <p className="text-sm text-slate-600">{t("allOnLatest")}</p>
        ) : (
          <ClientMessages>
            <p className="mb-2 text-sm text-slate-600">{t("moveIntro")}</p>
            <ul className="space-y-2 text-sm">
              {behind.map((country) => (
                <li key={country.code} className="flex flex-wrap items-center gap-3">
                  <span>
                    {t("countryImpact", {
                      country: localized(country.name, locale),
                      version: country.fromVersion,
                      added: country.added.length,
                      kept: country.kept.length,
                      milestones: country.milestonesOnKept,
                    })}
                  </span>
                  <ActionButton
                    action={moveCountriesAction}
                    fields={{ versionNumber: String(latest.number), countries: country.code }}
                    label={t("moveCountry", { number: latest.number })}
                    accessibleLabel={t("moveCountryLabel", { country: localized(country.name, locale), number: latest.number })}
                    pendingLabel={t("working")}
                  />
                </li>
              ))}
            </ul>
            <ActionButton
              className="mt-3"
              action={moveCountriesAction}
              fields={{ versionNumber: String(latest.number), countries: "all" }}
              label={t("moveAll", { number: latest.number })}
              pendingLabel={t("working")}
              variant="primary"
            />
          </ClientMessages>
        )}
      </section>
      <section aria-labelledby="edit-title">
        <h2 id="edit-title" className="mb-1 text-lg font-semibold">
          {t("editTitle", { number: latest.number + 1 })}
        </h2>
        <p className="mb-4 max-w-3xl text-sm text-slate-600">{t("editIntro")}</p>
        <ClientMessages namespaces={["frameworkAdmin", "languages"]}>
          <FrameworkEditor action={frameworkVersionAction} basedOn={latest.number} steps={values.steps} locale={locale} />
        </ClientMessages>
      </section>
    </>
  );
}

export default withRefusal(FrameworkPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
