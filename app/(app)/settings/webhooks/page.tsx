import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Badge } from "@/components/ui/badge";
import { TitledCard } from "@/components/ui/card";
import { DoneNotice } from "@/components/ui/done-notice";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { WebhookEndpointForm } from "@/components/webhooks/endpoint-form";
import type { WebhookEventType } from "@/db/schema/values";
import { mayEverDo } from "@/lib/permissions";
import { eventLabelKeys } from "@/lib/webhooks/event-labels";
import { listEndpoints } from "@/lib/webhooks/list-endpoints";
import { registerEndpointAction } from "./actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

async function WebhooksPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { done } = await searchParams;
  const endpoints = await loadPage(async ({ db, actor }) => {
    if (!mayEverDo(actor, "webhook.manage")) forbidden();
    return listEndpoints(db, actor);
  });
  const t = await getTranslations("webhooks");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <DoneNotice done={done} known={["deleted"] as const} message={(kind) => t(`done.${kind}`)} />
      <section aria-labelledby="endpoints-title" className="mb-8">
        <h2 id="endpoints-title" className="mb-3 text-lg font-semibold">
          {t("endpoints")}
        </h2>
        {endpoints.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <Table caption={t("endpoints")} headings={[t("fields.url"), t("fields.description"), t("fields.eventTypes"), t("fields.state"), ""]}>
            {endpoints.map((endpoint) => (
              <tr key={endpoint.id}>
                <Td className="font-mono break-all">{endpoint.url}</Td>
                <Td label={t("fields.description")}>{endpoint.description}</Td>
                <Td label={t("fields.eventTypes")}>{endpoint.eventTypes.map((type: WebhookEventType) => t(eventLabelKeys[type])).join("; ")}</Td>
                <Td label={t("fields.state")}>
                  <Badge tone={endpoint.disabledAt ? "warning" : "success"}>{endpoint.disabledAt ? t("states.disabled") : t("states.active")}</Badge>
                </Td>
                <Td>
                  <Link href={`/settings/webhooks/${endpoint.id}`} aria-label={t("openNamed", { url: endpoint.url })}>
                    {t("open")}
                  </Link>
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </section>
      <TitledCard id="register-title" title={t("register")}>
        <p className="mb-4 text-sm text-slate-700">{t("registerIntro")}</p>
        <ClientMessages namespaces={["webhooks"]}>
          <WebhookEndpointForm action={registerEndpointAction} />
        </ClientMessages>
      </TitledCard>
    </>
  );
}

export default withRefusal(WebhooksPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
