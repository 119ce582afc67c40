import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ChangeList } from "@/components/activity/change-list";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { listFollowChoices } from "@/lib/activity/followed-countries";
import { getActivityFeed } from "@/lib/activity/get-activity-feed";
import type { Locale } from "@/lib/i18n/locales";
import { listSupportFilterOptions } from "@/lib/support/list-support";
import { followCountryAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("title") };
}

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const locale = (await getLocale()) as Locale;
  const { before } = await searchParams;
  const [[feed, choices, options], t] = await Promise.all([
    loadPage(({ db, actor }) =>
      Promise.all([getActivityFeed(db, actor, { before }), listFollowChoices(db, actor), listSupportFilterOptions(db, actor, locale)]),
    ),
    getTranslations("activity"),
  ]);
  const names = new Map(options.countries.map((country) => [country.code, country.name]));
  const sorted = [...choices].sort((a, b) => (names.get(a.code) ?? a.code).localeCompare(names.get(b.code) ?? b.code, locale));

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
        <section aria-labelledby="following">
          <h2 id="following" className="mb-3 text-lg font-semibold">
            {t("following")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("followingIntro")}</p>
          <ul className="space-y-1 text-sm" aria-label={t("following")}>
            {sorted.map((choice) => {
              const name = names.get(choice.code) ?? choice.code;
              return (
                <li key={choice.code} className="flex items-center justify-between gap-2">
                  <span>
                    {name}
                    <span className="sr-only"> · </span>
                    <span className="ml-1 text-xs text-slate-500">{choice.following ? t("isFollowed") : t("isNotFollowed")}</span>
                  </span>
                  <ActionButton
                    action={followCountryAction}
                    fields={{ countryCode: choice.code, following: choice.following ? "false" : "true" }}
                    label={choice.following ? t("unfollow") : t("follow")}
                    pendingLabel={t("saving")}
                    accessibleLabel={choice.following ? t("unfollowNamed", { country: name }) : t("followNamed", { country: name })}
                    variant={choice.following ? "ghost" : "secondary"}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      </div>
    </>
  );
}
