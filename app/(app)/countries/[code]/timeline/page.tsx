import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { dateOnly, dateOnlyFormat } from "@/components/progress/dates";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { NumberedPager } from "@/components/ui/pager";
import { stepStatuses } from "@/lib/forms/choices";
import type { Locale } from "@/lib/i18n/locales";
import { isOneOf } from "@/lib/i18n/message-key";
import { localized, titleText } from "@/lib/i18n/localized";
import { getCountryTimeline, type TimelineEntry } from "@/lib/progress/get-country-timeline";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const load = cache((code: string, page: string | undefined) => loadPage(({ db, actor }) => getCountryTimeline(db, actor, code, { page })));

const pageOf = async (searchParams: Props["searchParams"]) => {
  const { page } = await searchParams;
  return Array.isArray(page) ? page[0] : page;
};

async function pageMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { country } = await load((await params).code, await pageOf(searchParams));
  return { title: (await getTranslations("timeline"))("title", { country: localized(country.name, (await getLocale()) as Locale) }) };
}

const symbols: Record<TimelineEntry["kind"], string> = { milestone: "◆", status: "◐", evidence: "+" };

async function CountryTimelinePage({ params, searchParams }: Props) {
  const timeline = await load((await params).code, await pageOf(searchParams));
  const { country, entries } = timeline;
  const locale = (await getLocale()) as Locale;
  const [t, tNav, tCountries, tStatus, tPaging, format] = await Promise.all([
    getTranslations("timeline"),
    getTranslations("nav"),
    getTranslations("countries"),
    getTranslations("stepStatus"),
    getTranslations("paging"),
    getFormatter(),
  ]);
  const name = localized(country.name, locale);
  const base = `/countries/${country.code}`;
  const days = [...new Set(entries.map((entry) => entry.date))];
  const status = (value: string | null) => (isOneOf(stepStatuses, value) ? tStatus(value) : "—");
  const stepName = (entry: TimelineEntry) => (titleText(entry.stepTitle, locale));

  const describe = (entry: TimelineEntry) => {
    const step = <Link href={`${base}/steps/${entry.stepId}`}>{stepName(entry)}</Link>;
    switch (entry.kind) {
      case "milestone":
        return (
          <>
            <Link href={`${base}/milestones/${entry.milestoneId}`} className="font-medium">
              {entry.title}
            </Link>{" "}
            · {step} · {t("loggedBy", { name: entry.who ?? "—", count: entry.evidenceCount })}
          </>
        );
      case "status":
        return (
          <>
            {step} · {t("statusChange", { from: status(entry.from), to: status(entry.to), name: entry.who ?? "—" })}
            {entry.note ? <span className="block text-slate-600">“{entry.note}”</span> : null}
          </>
        );
      case "evidence":
        return (
          <>
            {t("evidenceAdded", { title: entry.title, name: entry.who ?? "—" })} ·{" "}
            <Link href={`${base}/milestones/${entry.milestoneId}`}>{t("onMilestone")}</Link> · {step}
          </>
        );
    }
  };

  return (
    <>
      <PageHeader title={t("title", { country: name })} intro={t("intro")}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 flex flex-wrap gap-x-2 text-sm">
          <Link href="/countries">{tCountries("title")}</Link>
          <span aria-hidden="true">›</span>
          <Link href={base}>{name}</Link>
        </nav>
      </PageHeader>
      {timeline.total === 0 ? (
        <EmptyState action={<Link href={base}>{t("toWorkspace")}</Link>}>{t("empty")}</EmptyState>
      ) : (
        <ol className="space-y-6" aria-label={t("title", { country: name })}>
          {days.map((day) => (
            <li key={day}>
              <h2 className="mb-2 text-sm font-semibold text-slate-700">
                <time dateTime={day}>{format.dateTime(dateOnly(day), dateOnlyFormat)}</time>
              </h2>
              <ul className="space-y-2 border-l-2 border-slate-200 pl-4">
                {entries
                  .filter((entry) => entry.date === day)
                  .map((entry, index) => (
                    <li key={`${entry.kind}-${index}`} className="text-sm" data-testid="timeline-entry">
                      <Badge tone={entry.kind === "status" ? "info" : entry.kind === "milestone" ? "success" : "neutral"} symbol={symbols[entry.kind]}>
                        {t(`kinds.${entry.kind}`)}
                      </Badge>{" "}
                      {describe(entry)}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <NumberedPager place={timeline} label={tPaging("timelinePages")} href={(page) => `${base}/timeline${page > 1 ? `?page=${page}` : ""}`} />
    </>
  );
}

export default withRefusal(CountryTimelinePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
