import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ResourceList } from "@/components/library/resource-list";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Options } from "@/components/ui/options";
import { resourceKinds } from "@/db/schema/values";
import type { Locale } from "@/lib/i18n/locales";
import { listResources } from "@/lib/library/list-resources";
import { maySomewhere } from "@/lib/permissions";
import { libraryChoices } from "./choices";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("library"))("title") };
}

async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const locale = (await getLocale()) as Locale;
  const [{ actor, query, resources, choices }, t] = await Promise.all([
    loadPage(async ({ db, actor }) => {
      const [list, choices] = await Promise.all([listResources(db, actor, params), libraryChoices(db, locale)]);
      return { actor, ...list, choices };
    }),
    getTranslations("library"),
  ]);
  const mayAdd = maySomewhere(actor, "resource.write");
  const filtered = query.step !== undefined || query.kind !== undefined || query.language !== undefined || query.agency !== undefined;

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          mayAdd ? (
            <Link href="/library/new" className={buttonClassName()}>{t("add")}</Link>
          ) : null
        }
      />
      {params.done === "withdrawn" ? (
        <div className="mb-4">
          <Alert tone="success">{t("withdrawn")}</Alert>
        </div>
      ) : null}
      {/* Keyed by the filters: "Clear filters" navigates in place, and React keeps what an uncontrolled select shows. */}
      <form key={[query.step, query.kind, query.language, query.agency].join("|")} method="get" className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end" aria-label={t("filters")}>
        <Field id="library-step" label={t("form.step")}>
          <Select id="library-step" name="step" defaultValue={query.step ?? ""}>
            <Options choices={choices.steps} blank={t("anyStep")} />
          </Select>
        </Field>
        <Field id="library-kind" label={t("form.kind")}>
          <Select id="library-kind" name="kind" defaultValue={query.kind ?? ""}>
            <Options choices={resourceKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} blank={t("anyKind")} />
          </Select>
        </Field>
        <Field id="library-language" label={t("form.language")}>
          <Select id="library-language" name="language" defaultValue={query.language ?? ""}>
            <Options choices={choices.languages} blank={t("anyLanguage")} />
          </Select>
        </Field>
        <Field id="library-agency" label={t("form.agency")}>
          <Select id="library-agency" name="agency" defaultValue={query.agency ?? ""}>
            <Options choices={choices.agencies.map((agency) => ({ value: agency.acronym, label: agency.label === agency.acronym ? agency.label : `${agency.acronym} — ${agency.label}` }))} blank={t("anyAgency")} />
          </Select>
        </Field>
        <div className="flex gap-2">
          <Button type="submit" variant="secondary">
            {t("filter")}
          </Button>
          {filtered ? (
            <Link href="/library" className={buttonClassName("ghost")}>{t("clearFilters")}</Link>
          ) : null}
        </div>
      </form>
      {resources.length === 0 ? (
        <EmptyState>{filtered ? t("noneMatching") : mayAdd ? t("emptyWriter") : t("emptyReader")}</EmptyState>
      ) : (
        <ResourceList resources={resources} label={t("listLabel")} />
      )}
    </>
  );
}

export default withRefusal(LibraryPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
