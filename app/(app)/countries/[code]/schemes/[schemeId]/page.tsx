import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { SchemeDetails } from "@/components/assessment/scheme-details";
import { SchemeHistory } from "@/components/assessment/scheme-history";
import { ClientMessages } from "@/components/i18n/client-messages";
import { WithdrawForm } from "@/components/support/withdraw-form";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { listSchemeHistory } from "@/lib/assessment/scheme-history";
import { getScheme } from "@/lib/assessment/list-schemes";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { mayInCountry } from "@/lib/permissions";
import { restoreSchemeAction, withdrawSchemeAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; schemeId: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string, id: string, historyPage?: string) =>
  loadPage(async ({ db, actor }) => {
    const scheme = await getScheme(db, actor, id);
    // A scheme is read under its own country's address only.
    if (scheme.countryCode !== code.toUpperCase()) notFound();
    const [country, history] = await Promise.all([countryFor(db, actor, scheme.countryCode), listSchemeHistory(db, actor, { schemeId: scheme.id, page: historyPage })]);
    return { actor, details: { scheme, country, history } };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { code, schemeId } = await params;
  return { title: (await load(code, schemeId)).details.scheme.nationalName };
}

const doneMessages = ["added", "saved", "withdrawn", "restored"] as const;

async function SchemePage({ params, searchParams }: Props) {
  const [{ code, schemeId }, { done, page }] = await Promise.all([params, searchParams]);
  const { actor, details } = await load(code, schemeId, page);
  const { scheme, country } = details;
  const [t, format, locale] = await Promise.all([getTranslations("schemes"), getFormatter(), getLocale()]);
  const countryName = localized(country.name, locale as Locale);
  const mayWrite = mayInCountry(actor, "scheme.write", scheme.countryCode);
  const withdrawn = scheme.deletedAt !== null;
  const inventory = `/countries/${scheme.countryCode}/schemes`;

  return (
    <>
      <PageHeader
        title={scheme.nationalName}
        intro={scheme.englishName && scheme.englishName !== scheme.nationalName ? scheme.englishName : undefined}
        actions={mayWrite && !withdrawn ? <Link href={`${inventory}/${scheme.id}/edit`} className={buttonClassName("secondary")}>{t("edit")}</Link> : null}
      >
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${scheme.countryCode}`}>{countryName}</Link> › <Link href={inventory}>{t("title")}</Link>
        </nav>
        <p className="mb-2 flex flex-wrap gap-2">
          <Badge tone={scheme.status === "in_force" ? "success" : "neutral"}>{t(`status.${scheme.status}`)}</Badge>
          {scheme.sharingLevel === "country" ? <Badge tone="neutral">{t("keptToGroup")}</Badge> : null}
          {withdrawn ? <Badge tone="warning">{t("withdrawnBadge")}</Badge> : null}
        </p>
      </PageHeader>
      <DoneNotice done={done} known={doneMessages} message={(key) => t(`done.${key}`)} />
      {withdrawn ? (
        <div className="mb-4">
          <Alert tone="info" title={t("withdrawnBadge")}>
            {t("withdrawnNotice", { date: format.dateTime(scheme.deletedAt!, { dateStyle: "medium" }), reason: scheme.withdrawalReason ?? "" })}
          </Alert>
        </div>
      ) : null}
      <SchemeDetails scheme={scheme} />
      <div className="mt-8">
        <SchemeHistory history={details.history} pageHref={(number) => `${inventory}/${scheme.id}${number > 1 ? `?page=${number}` : ""}#scheme-history`} />
      </div>
      {mayWrite ? (
        <section aria-labelledby="scheme-removal" className="mt-8 max-w-xl">
          <h2 id="scheme-removal" className="mb-3 text-lg font-semibold">
            {withdrawn ? t("restore") : t("withdraw")}
          </h2>
          <ClientMessages namespaces={["support", "schemeRules"]}>
            {withdrawn ? (
              <ActionButton action={restoreSchemeAction} fields={{ id: scheme.id, version: String(scheme.version) }} label={t("restore")} pendingLabel={t("restoring")} />
            ) : (
              <WithdrawForm action={withdrawSchemeAction} id={scheme.id} version={scheme.version} withReason label={t("withdraw")} />
            )}
          </ClientMessages>
        </section>
      ) : null}
    </>
  );
}

export default withRefusal(SchemePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
