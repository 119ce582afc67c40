import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EntryForm } from "@/components/support/entry-form";
import { fundingChoices } from "@/components/funding/funding-choices";
import { fundingSourceOptions } from "@/lib/support/funding-source-options";
import { EntryResultsForm } from "@/components/support/entry-results-form";
import { stepOptions } from "@/components/support/step-options";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { can } from "@/lib/permissions";
import { entryFormValues } from "@/lib/support/entries";
import { listSupportEntryIndicators } from "@/lib/results/support-entry-results";
import { getSupportEntry } from "@/lib/support/get-support-entry";
import { editSupportEntryAction, linkSupportEntryIndicatorAction, unlinkSupportEntryIndicatorAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("support"))("editTitle") };
}

async function EditSupportEntryPage({ params }: Props) {
  const { id } = await params;
  const details = await loadPage(async ({ db, actor }) => {
    const details = await getSupportEntry(db, actor, id);
    if (details.entry.deletedAt) notFound();
    if (!can(actor, "support.write", { countryCode: details.entry.countryCode, agencyId: details.entry.agencyId })) forbidden();
    const [indicators, funding] = await Promise.all([
      listSupportEntryIndicators(db, actor, details.entry),
      fundingSourceOptions(db, details.entry.countryCode, details.entry.id),
    ]);
    return { ...details, indicators, fundingOptions: funding };
  });
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("support");
  const values = entryFormValues(details.entry);

  return (
    <>
      <PageHeader title={t("editTitle")} intro={details.entry.title}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/support/${details.entry.id}`}>{details.entry.title}</Link>
        </nav>
      </PageHeader>
      <ClientMessages namespaces={["support", "funding"]}>
        <EntryForm
          action={editSupportEntryAction}
          mode="edit"
          steps={stepOptions(details.steps, locale)}
          agencies={[]}
          currencies={Intl.supportedValuesOf("currency")}
          funding={fundingChoices(details.fundingOptions, locale, details.entry.agencyId)}
          initial={{ ...values, version: String(values.version) }}
        />
      </ClientMessages>
      <EntryResultsForm
        supportEntryId={details.entry.id}
        indicators={details.indicators}
        locale={locale}
        linkAction={linkSupportEntryIndicatorAction}
        unlinkAction={unlinkSupportEntryIndicatorAction}
      />
    </>
  );
}

export default withRefusal(EditSupportEntryPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
