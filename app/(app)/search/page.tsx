import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { languageName } from "@/components/library/resource-list";
import { MarkedText } from "@/components/search/marked-text";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Options } from "@/components/ui/options";
import { locales } from "@/db/schema/values";
import type { Locale } from "@/lib/i18n/locales";
import { listFrameworkSteps } from "@/lib/learning/framework-steps";
import { localized } from "@/lib/i18n/localized";
import { hrefOfHit } from "@/lib/search/hit-href";
import { searchEverything } from "@/lib/search/search-everything";
import type { SearchKind } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const locale = (await getLocale()) as Locale;
  const [[{ query, groups }, steps], t] = await Promise.all([
    loadPage(({ db, actor }) => Promise.all([searchEverything(db, actor, params, locale), listFrameworkSteps(db)])),
    getTranslations("search"),
  ]);
  const stepTitle = new Map(steps.map((step, index) => [step.key, `${index + 1}. ${localized(step.title, locale)}`]));
  const withKind = (kind: SearchKind) => `/search?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== "")), kind }).toString()}`;
  const found = groups.some((group) => group.total > 0);

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <form method="get" role="search" className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end" aria-label={t("title")}>
        <div className="sm:col-span-2">
          <Field id="search-q" label={t("words")}>
            <Input id="search-q" name="q" type="search" defaultValue={query.q} maxLength={200} />
          </Field>
        </div>
        <Field id="search-step" label={t("step")}>
          <Select id="search-step" name="step" defaultValue={query.step ?? ""}>
            <Options choices={steps.map((step) => ({ value: step.key, label: stepTitle.get(step.key) ?? "" }))} blank={t("anyStep")} />
          </Select>
        </Field>
        <Field id="search-country" label={t("country")} hint={t("countryHint")}>
          <Input id="search-country" name="country" defaultValue={query.country ?? ""} maxLength={2} autoComplete="off" className="uppercase" aria-describedby="search-country-hint" />
        </Field>
        <Field id="search-language" label={t("language")}>
          <Select id="search-language" name="language" defaultValue={query.language ?? ""}>
            <Options choices={locales.map((code) => ({ value: code, label: languageName(code, code), lang: code }))} blank={t("anyLanguage")} />
          </Select>
        </Field>
        {query.kind ? <input type="hidden" name="kind" value={query.kind} /> : null}
        <div>
          <Button type="submit">{t("submit")}</Button>
        </div>
      </form>

      {query.q === "" ? (
        <EmptyState>{t("prompt")}</EmptyState>
      ) : !found ? (
        <EmptyState>{t("nothing", { words: query.q })}</EmptyState>
      ) : (
        <div className="space-y-8">
          {groups.map((group) => (
            <section key={group.kind} aria-labelledby={`results-${group.kind}`} className="space-y-2" data-testid={`results-${group.kind}`}>
              <h2 id={`results-${group.kind}`} className="text-lg font-semibold">
                {t(`kinds.${group.kind}`)} <span className="text-sm font-normal text-slate-600">({t("count", { count: group.total })})</span>
              </h2>
              {!group.applies ? (
                <p className="text-sm text-slate-600">{t("notApplicable")}</p>
              ) : group.hits.length === 0 ? (
                <p className="text-sm text-slate-600">{t("noneOfKind")}</p>
              ) : (
                <ul className="space-y-3">
                  {group.hits.map((hit) => (
                    <li key={`${hit.id}-${hit.language ?? ""}`} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
                      <p className="font-medium">
                        <Link href={hrefOfHit(group.kind, hit)} lang={hit.language ?? undefined}>
                          <MarkedText text={hit.title} />
                        </Link>
                      </p>
                      <p className="text-sm text-slate-600">
                        {[hit.countryCode, hit.stepKey ? stepTitle.get(hit.stepKey) : null, hit.agencyAcronym, hit.language ? languageName(hit.language, locale) : null, hit.date]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                      {hit.excerpt ? (
                        <p className="mt-1 text-sm" lang={hit.language ?? undefined}>
                          <MarkedText text={hit.excerpt} />
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
              {!query.kind && group.total > group.hits.length ? (
                <p className="text-sm">
                  <Link href={withKind(group.kind)}>{t("more", { count: group.total, kind: t(`kinds.${group.kind}`) })}</Link>
                </p>
              ) : null}
            </section>
          ))}
        </div>
      )}
    </>
  );
}

export default withRefusal(SearchPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
