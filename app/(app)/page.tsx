import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadPage, orRefusal } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { HomeSections } from "@/components/home/home-sections";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getHome } from "@/lib/home/get-home";
import { maySomewhere } from "@/lib/permissions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

/** Each person's home: what needs them in each role they hold. A person with no role yet is told how to get one. */
async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { more } = await searchParams;
  const { actor, home, refused } = await loadPage(async ({ db, actor }) => {
    if (!maySomewhere(actor, "home.read")) return { actor, home: null, refused: null };
    const asked = await orRefusal(getHome(db, actor, { more }));
    // A "see all" address typed wrong still shows the home, with what could not be read.
    return { actor, home: asked.result ?? (await getHome(db, actor, {})), refused: asked.refused };
  });
  const t = await getTranslations("home");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { name: actor.name })} />
      {refused ? (
        <div className="mb-6">
          <Alert tone="error">{t("refused")}</Alert>
        </div>
      ) : null}
      {home ? <HomeSections sections={home.sections} expanded={home.query.more ?? null} /> : <EmptyState>{t("noRole")}</EmptyState>}
    </>
  );
}

export default withRefusal(HomePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
