import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ExperienceList } from "@/components/experiences/experience-list";
import { PageLinks } from "@/components/experiences/page-links";
import { languageName } from "@/components/library/resource-list";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { PageHeader } from "@/components/ui/page-header";
import { locales } from "@/db/schema/values";
import { listExperiences } from "@/lib/experiences/list-experiences";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { listFrameworkSteps } from "@/lib/learning/framework-steps";
import { experiencesPerPage } from "@/lib/validation/experience-queries";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("experiences"))("listTitle") };
}

async function ExperiencesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const locale = (await getLocale()) as Locale;
  const [{ list, steps }, t] = await Promise.all([
    loadPage(async ({ db, actor }) => {
      const [list, steps] = await Promise.all([listExperiences(db, actor, params), listFrameworkSteps(db)]);
      return { list, steps };
    }),
    getTranslations("experiences"),
  ]);
  const { query, experiences, total, page, pageCount, drafts, draftTotal } = list;
  const stepTitles = new Map(steps.map((step, index) => [step.key, `${index + 1}. ${localized(step.title, locale)}`]));
  const filters = { step: query.step, country: query.country, language: query.language };
  const filtered = Object.values(filters).some((value) => value !== undefined);
  const hrefOf = (target: number) => {
    const search = new URLSearchParams(Object.entries({ ...filters, page: target > 1 ? String(target) : undefined }).filter((entry): entry is [string, string] => entry[1] !== undefined));
    return search.size ? `/experiences?${search}` : "/experiences";
  };
  const first = (page - 1) * experiencesPerPage + 1;

  return (
    <>
      <PageHeader title={t("listTitle")} intro={t("listIntro")} />
      {params.done === "withdrawn" ? (
        <div className="mb-4">
          <Alert tone="success">{t("withdrawn")}</Alert>
        </div>
      ) : null}
      {/* Keyed by the filters: a client navigation to other filters (or none) renders the choices anew, not as last chosen. */}
      <form key={hrefOf(1)} method="get" className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end" aria-label={t("filters")}>
        <Field id="experiences-step" label={t("filterStep")}>
          <Select id="experiences-step" name="step" defaultValue={query.step ?? ""}>
            <Options choices={steps.map((step) => ({ value: step.key, label: stepTitles.get(step.key)! }))} blank={t("anyStep")} />
          </Select>
        </Field>
        <Field id="experiences-country" label={t("filterCountry")}>
          <Select id="experiences-country" name="country" defaultValue={query.country ?? ""}>
            <Options choices={list.countries.map((country) => ({ value: country.code, label: localized(country.name, locale) }))} blank={t("anyCountry")} />
          </Select>
        </Field>
        <Field id="experiences-language" label={t("filterLanguage")}>
          <Select id="experiences-language" name="language" defaultValue={query.language ?? ""}>
            <Options choices={locales.map((code) => ({ value: code, label: languageName(code, code), lang: code }))} blank={t("anyLanguage")} />
          </Select>
        </Field>
        <div className="flex gap-2">
          <Button type="submit" variant="secondary">
            {t("filter")}
          </Button>
          {filtered ? (
            <Link href="/experiences" className={buttonClassName("ghost")}>{t("clearFilters")}</Link>
          ) : null}
        </div>
      </form>

      {draftTotal > 0 ? (
        <section aria-labelledby="experience-drafts" className="mb-8 rounded-lg border border-amber-200 bg-amber-50/40 p-4">
          <h2 id="experience-drafts" className="text-lg font-semibold">
            {t("draftsTitle", { count: draftTotal })}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("draftsIntro")}</p>
          <ExperienceList experiences={drafts} label={t("draftsTitle", { count: draftTotal })} stepTitles={stepTitles} />
          {draftTotal > drafts.length ? <p className="mt-2 text-sm text-slate-600">{t("draftsMore", { shown: drafts.length, total: draftTotal })}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="experience-published" className="space-y-3">
        <h2 id="experience-published" className="text-lg font-semibold">
          {t("publishedTitle")}
        </h2>
        {total === 0 ? (
          <EmptyState>{filtered ? t("noneMatching") : t("emptyList")}</EmptyState>
        ) : (
          <>
            <p className="text-sm text-slate-600" role="status">
              {t("showing", { from: first, to: first + experiences.length - 1, total })}
            </p>
            <ExperienceList experiences={experiences} label={t("publishedTitle")} stepTitles={stepTitles} />
            <PageLinks page={page} pageCount={pageCount} hrefOf={hrefOf} />
          </>
        )}
      </section>
    </>
  );
}

export default withRefusal(ExperiencesPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
