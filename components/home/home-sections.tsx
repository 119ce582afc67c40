/**
 * A person's home: a section per role, each a set of short lists of what needs them (with the count of all and
 * "see all"), or, when a role's lists are all empty, what to do first in that role. Server-rendered, no client code.
 */
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StepStatusBadge } from "@/components/countries/status-badges";
import { dateOnly, dateOnlyFormat } from "@/components/progress/dates";
import { ReportStatusBadge } from "@/components/rounds/report-status-badge";
import { PriorityBadge } from "@/components/support/badges";
import { Money } from "@/components/support/money";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { HomeItem, HomeList, HomeSection } from "@/lib/home/get-home";
import { type HomeItemKind, quietDays } from "@/lib/home/item-kinds";
import type { Locale } from "@/lib/i18n/locales";
import { localized, titleText } from "@/lib/i18n/localized";

type SinceMessage = "changesRequested" | "stalledSteps" | "needs" | "entries" | "awaitingReview" | "completed" | "quietCountries" | null;

/** Which date each kind shows, in words. */
const sinceMessages: Record<HomeItemKind, SinceMessage> = {
  reportsDue: null,
  openRounds: null,
  changesRequested: "changesRequested",
  stalledSteps: "stalledSteps",
  nextSteps: null,
  needsWithoutSupport: "needs",
  unansweredNeeds: "needs",
  entriesWithoutTransactions: "entries",
  awaitingReview: "awaitingReview",
  completedUnreviewed: "completed",
  quietCountries: "quietCountries",
  completedWithoutEvidence: "completed",
  financialWithoutTransactions: "entries",
  needsOpenOverYear: "needs",
};

/** Where the first action of an empty section leads, by role. */
const firstActions: Record<HomeSection["role"], (section: HomeSection) => string> = {
  working_group_member: (section) => (section.countries[0] ? `/countries/${section.countries[0].code}` : "/countries"),
  agency_adviser: (section) => (section.countries.length ? "/support" : "/support/new"),
  reviewer: () => "/matrix",
  coordinator: () => "/activity",
};

export async function HomeSections({ sections, expanded }: { sections: HomeSection[]; expanded: HomeItemKind | null }) {
  return (
    <div className="space-y-10">
      {sections.map((section) => (
        <HomeRoleSection key={section.role} section={section} expanded={expanded} />
      ))}
    </div>
  );
}

async function HomeRoleSection({ section, expanded }: { section: HomeSection; expanded: HomeItemKind | null }) {
  const [t, locale] = await Promise.all([getTranslations("home"), getLocale() as Promise<Locale>]);
  const headingId = `home-${section.role}`;
  const heading =
    section.role === "working_group_member"
      ? t("sections.working_group_member", { countries: section.countries.map((country) => localized(country.name, locale)).join(", ") })
      : section.role === "agency_adviser"
        ? t("sections.agency_adviser", { agencies: section.agencies.map((agency) => localized(agency.shortName, locale)).join(", ") })
        : t(`sections.${section.role}`);
  const shown = section.lists.filter((list) => list.count > 0);
  const noCountry = section.role === "agency_adviser" && section.countries.length === 0;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-1 text-xl font-semibold">
        {heading}
      </h2>
      {section.role === "agency_adviser" && section.countries.length > 0 ? <p className="mb-3 text-sm text-slate-600">{t("sectionNote.agency_adviser", { count: section.countries.length })}</p> : null}
      {shown.length === 0 ? (
        <EmptyState action={<Link href={firstActions[section.role](section)}>{t(noCountry ? "firstAction.agency_adviserNoCountry" : `firstAction.${section.role}`)}</Link>}>
          {t(noCountry ? "empty.agency_adviserNoCountry" : `empty.${section.role}`, { days: quietDays })}
        </EmptyState>
      ) : (
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {shown.map((list) => (
            <HomeListCard key={list.kind} list={list} showCountry={section.countries.length !== 1} expanded={expanded === list.kind} />
          ))}
        </div>
      )}
    </section>
  );
}

async function HomeListCard({ list, showCountry, expanded }: { list: HomeList; showCountry: boolean; expanded: boolean }) {
  const t = await getTranslations("home");
  const id = `home-${list.kind}`;
  const more = list.count > list.items.length;
  return (
    <Card aria-labelledby={id} className={expanded ? "md:col-span-2" : undefined}>
      <h3 id={id} className="text-lg font-semibold">
        {t(`kinds.${list.kind}.title`, { days: quietDays })}{" "}
        <span className="text-base font-normal text-slate-600">({t("count", { count: list.count })})</span>
      </h3>
      <p className="mb-3 text-sm text-slate-600">{t(`kinds.${list.kind}.hint`, { days: quietDays })}</p>
      <ul className="divide-y divide-slate-100">
        {list.items.map((item) => (
          <HomeItemRow key={`${item.subject}-${item.id}-${item.countryCode}`} kind={list.kind} item={item} showCountry={showCountry} />
        ))}
      </ul>
      {more ? (
        <p className="mt-3 text-sm">
          {expanded ? (
            t("firstOf", { shown: list.items.length, count: list.count })
          ) : (
            <Link href={`/?more=${list.kind}#${id}`}>{t("seeAll", { count: list.count })}</Link>
          )}
        </p>
      ) : null}
      {expanded ? (
        <p className="mt-2 text-sm">
          <Link href={`/#${id}`}>{t("showFewer")}</Link>
        </p>
      ) : null}
    </Card>
  );
}

async function HomeItemRow({ kind, item, showCountry }: { kind: HomeItemKind; item: HomeItem; showCountry: boolean }) {
  const [t, tCategory, tNeedKind, format, locale] = await Promise.all([
    getTranslations("home"),
    getTranslations("support.category"),
    getTranslations("support.needKind"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const country = item.countryName ? localized(item.countryName, locale) : null;
  const step = item.stepTitle === null ? null : titleText(item.stepTitle, locale);
  const label = item.subject === "country" ? country : item.subject === "country_step" ? step : item.title;
  const needHeading = item.subject === "support_need" ? (item.needKind === "funding" ? tNeedKind("funding") : tCategory(item.technicalCategory!)) : null;
  const since = sinceMessages[kind];
  const date = item.since ? format.dateTime(item.since, { dateStyle: "medium" }) : null;
  const due = item.dueOn ? format.dateTime(dateOnly(item.dueOn), dateOnlyFormat) : null;
  const counts = item.reportCounts;
  const facts = [
    showCountry && item.subject !== "country" ? country : null,
    due ? t(item.dueOn! < new Date().toISOString().slice(0, 10) ? "since.wasDue" : "since.due", { date: due }) : null,
    counts ? t("roundCounts", counts) : null,
    needHeading,
    item.subject === "milestone" ? `${t("milestone")} · ${step}` : null,
    item.subject === "assessment_item" ? t("assessmentItem") : null,
    item.subject === "support_need" || (item.subject === "support_entry" && step) ? step : null,
    since === "quietCountries" && !date ? t("since.never") : since && date ? t(`since.${since}`, { date }) : null,
  ].filter((fact): fact is string => Boolean(fact));
  return (
    <li className="py-2">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={item.link} className="line-clamp-2 font-medium">
          {label}
        </Link>
        {item.stepStatus && kind === "nextSteps" ? <StepStatusBadge status={item.stepStatus} /> : null}
        {item.reportStatus ? <ReportStatusBadge status={item.reportStatus} /> : null}
        {item.priority ? <PriorityBadge priority={item.priority} /> : null}
        {item.amount && item.currency ? (
          <span className="text-sm">
            <Money amount={item.amount} currency={item.currency} />
          </span>
        ) : null}
      </div>
      {facts.length ? <p className="mt-0.5 text-sm text-slate-600">{facts.join(" · ")}</p> : null}
    </li>
  );
}
