import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ResourceForm } from "@/components/library/resource-form";
import { newResourceFormValues } from "@/components/library/resource-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { agenciesOf } from "@/lib/actor";
import type { Locale } from "@/lib/i18n/locales";
import { maySomewhere } from "@/lib/permissions";
import { libraryChoices } from "../choices";
import { addResourceAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("library"))("addTitle") };
}

async function NewResourcePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const locale = (await getLocale()) as Locale;
  const { actor, choices } = await loadPage(async ({ db, actor }) => {
    if (!maySomewhere(actor, "resource.write")) forbidden();
    return { actor, choices: await libraryChoices(db, locale) };
  });
  const { step } = await searchParams;
  const t = await getTranslations("library");
  return (
    <>
      <PageHeader title={t("addTitle")} intro={t("addIntro")}>
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/library">{t("title")}</Link>
        </nav>
      </PageHeader>
      <ClientMessages namespaces={["library", "support"]}>
        <ResourceForm
          action={addResourceAction}
          mode="add"
          {...choices}
          initial={newResourceFormValues({
            stepKeys: step && choices.steps.some((choice) => choice.value === step) ? [step] : [],
            // An adviser's own agency is behind what they add, unless they say otherwise.
            agencyIds: agenciesOf(actor),
          })}
        />
      </ClientMessages>
    </>
  );
}

export default withRefusal(NewResourcePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
