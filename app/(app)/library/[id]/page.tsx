import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { languageName, ResourceAccess } from "@/components/library/resource-list";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClassName } from "@/components/ui/button";
import { TitledCard } from "@/components/ui/card";
import { DoneNotice } from "@/components/ui/done-notice";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getResource } from "@/lib/library/get-resource";
import { listFrameworkSteps } from "@/lib/learning/framework-steps";
import { withdrawResourceAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((id: string) => loadPage(({ db, actor }) => getResource(db, actor, id)));

async function pageMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).title };
}

async function ResourcePage({ params, searchParams }: Props) {
  const resource = await load((await params).id);
  const { done } = await searchParams;
  const locale = (await getLocale()) as Locale;
  const [t, steps] = await Promise.all([getTranslations("library"), loadPage(({ db }) => listFrameworkSteps(db))]);
  const stepNames = resource.stepKeys.map((key) => {
    const index = steps.findIndex((step) => step.key === key);
    return index === -1 ? key : `${index + 1}. ${localized(steps[index]!.title, locale)}`;
  });
  return (
    <>
      <PageHeader
        title={resource.title}
        intro={t(`kinds.${resource.kind}`)}
        actions={
          resource.mayEdit ? (
            <Link href={`/library/${resource.id}/edit`} className={buttonClassName("secondary")}>{t("edit")}</Link>
          ) : null
        }
      >
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/library">{t("title")}</Link>
        </nav>
      </PageHeader>
      <DoneNotice done={done} known={["added", "saved"] as const} message={(key) => t(key)} />
      <TitledCard id="resource-details" title={t("details")} className="max-w-3xl">
        {resource.description ? <p className="mb-3 whitespace-pre-line">{resource.description}</p> : null}
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-slate-600">{t("form.agencies")}</dt>
          <dd>{resource.agencies.map((agency) => localized(agency.shortName, locale)).join(", ") || t("noAgency")}</dd>
          <dt className="text-slate-600">{t("form.year")}</dt>
          <dd>{resource.year ?? t("noYear")}</dd>
          <dt className="text-slate-600">{t("form.languages")}</dt>
          <dd>{resource.languages.map((code) => languageName(code, locale)).join(", ") || t("noLanguage")}</dd>
          <dt className="text-slate-600">{t("form.steps")}</dt>
          <dd>
            {stepNames.length ? (
              <ul>
                {stepNames.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            ) : (
              t("noSteps")
            )}
          </dd>
        </dl>
        <ResourceAccess resource={resource} />
        {resource.mayEdit ? (
          <div className="mt-4">
            <ActionButton action={withdrawResourceAction} fields={{ id: resource.id }} label={t("withdraw")} pendingLabel={t("withdrawing")} variant="danger" />
            <p className="mt-1 text-xs text-slate-500">{t("withdrawHint")}</p>
          </div>
        ) : null}
      </TitledCard>
    </>
  );
}

export default withRefusal(ResourcePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
