/**
 * The reporting rounds (issue 20, decision 2040): every live round, newest due date first, with where its countries'
 * reports stand today; timeliness across rounds as a chart with its table; for coordinators the way to open a round
 * and the rounds withdrawn.
 */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { RoundTable } from "@/components/rounds/round-table";
import { TimelinessChart } from "@/components/rounds/timeliness-chart";
import { TimelinessTable } from "@/components/rounds/timeliness-table";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { getTimeliness } from "@/lib/rounds/completeness";
import { listRounds } from "@/lib/rounds/list-rounds";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rounds"))("title") };
}

const doneMessages = ["withdrawn"] as const;

async function RoundsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { done } = await searchParams;
  const [t, { rounds, withdrawn, timeliness, manages }] = await Promise.all([
    getTranslations("rounds"),
    loadPage(async ({ db, actor }) => {
      const manages = can(actor, "round.manage");
      const [rounds, timeliness] = await Promise.all([listRounds(db, actor), getTimeliness(db, actor)]);
      return { rounds, timeliness, manages, withdrawn: manages ? await listRounds(db, actor, { withdrawn: true }) : [] };
    }),
  ]);
  // The chart and its table read in time order, the oldest round first.
  const chronological = [...timeliness].reverse();

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          manages ? (
            <Link href="/rounds/new" className={buttonClassName("primary")}>
              {t("openLink")}
            </Link>
          ) : null
        }
      />
      <DoneNotice done={done} known={doneMessages} message={(key) => t(`done.${key}`)} />
      {rounds.length === 0 ? (
        <EmptyState>{manages ? t("noneManager") : t("none")}</EmptyState>
      ) : (
        <div className="space-y-10">
          <RoundTable rounds={rounds} caption={t("list.caption")} timeliness={timeliness} />
          <section aria-labelledby="rounds-timeliness">
            <h2 id="rounds-timeliness" className="text-lg font-semibold">
              {t("timeliness.title")}
            </h2>
            <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("timeliness.intro")}</p>
            <TimelinessChart id="timeliness-chart" rounds={chronological} />
            <TimelinessTable rounds={chronological} />
          </section>
        </div>
      )}
      {withdrawn.length > 0 ? (
        <section aria-labelledby="rounds-withdrawn" className="mt-10">
          <h2 id="rounds-withdrawn" className="mb-2 text-lg font-semibold">
            {t("withdrawnTitle")}
          </h2>
          <RoundTable rounds={withdrawn} caption={t("withdrawnTitle")} />
        </section>
      ) : null}
    </>
  );
}

export default withRefusal(RoundsPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
