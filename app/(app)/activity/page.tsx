import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ChangeList } from "@/components/activity/change-list";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { listFollowChoices } from "@/lib/activity/followed-countries";
import { getActivityFeed } from "@/lib/activity/get-activity-feed";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("title") };
}

async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const locale = (await getLocale()) as Locale;
  const { before } = await searchParams;
  const [[feed, choices], t] = await Promise.all([
    loadPage(({ db, actor }) => Promise.all([getActivityFeed(db, actor, { before }), listFollowChoices(db, actor)])),
    getTranslations("activity"),
  ]);
  const collator = new Intl.Collator(locale);
  const followed = choices
    .filter((choice) => choice.following)
    .map((choice) => localized(choice.name, locale))
    .sort(collator.compare);

  return (
    <>
      <PageHeader title={t("title")} intro={feed.followed.length ? t("intro", { count: feed.followed.length }) : t("introNone")} />
      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <section aria-labelledby="feed">
          <h2 id="feed" className="mb-3 text-lg font-semibold">
            {t("newest")}
          </h2>
          <ChangeList entries={feed.entries} label={t("newest")} emptyText={feed.followed.length ? t("empty") : t("emptyNoCountry")} />
          <Pager
            label={t("pages")}
            from={feed.from}
            to={(feed.from ?? 0) + feed.entries.length - 1}
            total={feed.total}
            more={feed.more}
            newer={before ? { href: "/activity", text: t("newestLink") } : null}
            older={feed.nextBefore ? { href: `/activity?before=${feed.nextBefore}`, text: t("older") } : null}
          />
        </section>
        <section aria-labelledby="following" className="space-y-3 text-sm">
          <h2 id="following" className="text-lg font-semibold">
            {t("following")}
          </h2>
          <p data-testid="followed-countries">
            {followed.length === 0
              ? t("followingNone")
              : followed.length === choices.length
                ? t("followingEvery", { count: followed.length })
                : new Intl.ListFormat(locale, { type: "conjunction" }).format(followed)}
          </p>
          <p className="text-slate-600">{t("followingIntro")}</p>
          <p>
            <Link href="/activity/following">{t("choose")}</Link>
          </p>
        </section>
      </div>
    </>
  );
}

export default withRefusal(ActivityPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
