/**
 * The indicator catalogue (issue 19): the SDG 1.3.1 series and SPF Flagship results every country may follow, read
 * by everyone; coordinators add, edit, withdraw (once no country follows it) and restore entries.
 */
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { can } from "@/lib/permissions";
import { listIndicators } from "@/lib/results/list-indicators";
import { restoreCatalogueIndicatorAction, withdrawCatalogueIndicatorAction } from "./actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("indicatorCatalogue"))("title") };
}

const doneKinds = ["added", "saved", "withdrawn", "restored"] as const;

async function IndicatorCataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const query = await searchParams;
  const locale = (await getLocale()) as Locale;
  const { keeps, withdrawn, entries } = await loadPage(async ({ db, actor }) => {
    const keeps = can(actor, "indicator.catalogue");
    // Withdrawn entries are listed to those who may restore them; for others the address shows the live catalogue.
    const withdrawn = keeps && query.withdrawn === "1";
    const entries = (await listIndicators(db, actor, { withdrawn })).filter((indicator) => indicator.countryCode === null);
    return { keeps, withdrawn, entries };
  });
  const t = await getTranslations("indicatorCatalogue");
  const headings = [t("code"), t("name"), t("family"), t("unit"), t("direction"), t("sexBreakdown"), t("custodian"), ...(keeps ? [t("actions")] : [])];

  return (
    <>
      <PageHeader
        title={withdrawn ? t("withdrawnTitle") : t("title")}
        intro={t("intro")}
        actions={
          keeps ? (
            <>
              <Link href={withdrawn ? "/results/indicators" : "/results/indicators?withdrawn=1"} className={buttonClassName("secondary")}>
                {withdrawn ? t("showLive") : t("showWithdrawn")}
              </Link>
              <Link href="/results/indicators/new" className={buttonClassName()}>
                {t("addTitle")}
              </Link>
            </>
          ) : null
        }
      >
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/results">{t("across")}</Link>
        </nav>
      </PageHeader>
      <DoneNotice done={query.done} known={doneKinds} message={(done) => t(`done.${done}`)} />
      {entries.length === 0 ? (
        <EmptyState>{withdrawn ? t("noneWithdrawn") : t("empty")}</EmptyState>
      ) : (
        <Table caption={withdrawn ? t("withdrawnTitle") : t("title")} headings={headings}>
          {entries.map((indicator) => {
            const name = localized(indicator.name, locale);
            return (
              <tr key={indicator.id} data-code={indicator.code}>
                <Td className="font-mono text-xs">{indicator.code}</Td>
                <Td label={t("name")}>
                  {name}
                  {indicator.withdrawalReason && withdrawn ? <p className="mt-1 text-xs text-slate-600">{t("withdrawnBecause", { reason: indicator.withdrawalReason })}</p> : null}
                </Td>
                <Td label={t("family")}>{t(`families.${indicator.family}`)}</Td>
                <Td label={t("unit")}>{t(`units.${indicator.unit}`)}</Td>
                <Td label={t("direction")}>{t(`directions.${indicator.direction}`)}</Td>
                <Td label={t("sexBreakdown")}>{indicator.sexBreakdown ? t("yes") : t("no")}</Td>
                <Td label={t("custodian")}>{indicator.custodian || "—"}</Td>
                {keeps ? (
                  <Td>
                    {indicator.canChange && withdrawn ? (
                      <ActionButton
                        action={restoreCatalogueIndicatorAction}
                        fields={{ id: indicator.id, version: indicator.version }}
                        label={t("restore")}
                        accessibleLabel={t("restoreNamed", { code: indicator.code })}
                      />
                    ) : null}
                    {indicator.canChange && !withdrawn ? (
                      <div className="space-y-2">
                        <Link href={`/results/indicators/${indicator.id}/edit`} aria-label={t("editNamed", { code: indicator.code })}>
                          {t("edit")}
                        </Link>
                        <ActionButton
                          action={withdrawCatalogueIndicatorAction}
                          fields={{ id: indicator.id, version: indicator.version }}
                          label={t("withdraw")}
                          accessibleLabel={t("withdrawNamed", { code: indicator.code })}
                        >
                          <Input name="reason" required maxLength={1000} aria-label={t("reasonFor", { code: indicator.code })} placeholder={t("reason")} className="max-w-48" />
                        </ActionButton>
                      </div>
                    ) : null}
                  </Td>
                ) : null}
              </tr>
            );
          })}
        </Table>
      )}
    </>
  );
}

export default withRefusal(IndicatorCataloguePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
