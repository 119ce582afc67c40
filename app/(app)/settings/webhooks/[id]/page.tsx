import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, TitledCard } from "@/components/ui/card";
import { DoneNotice } from "@/components/ui/done-notice";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { SecretValue } from "@/components/ui/secret-value";
import { WebhookEndpointForm } from "@/components/webhooks/endpoint-form";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { mayEverDo } from "@/lib/permissions";
import { eventLabelKeys } from "@/lib/webhooks/event-labels";
import { deliveriesPerPage, listDeliveries } from "@/lib/webhooks/list-endpoints";
import { deleteEndpointAction, disableEndpointAction, editEndpointAction, enableEndpointAction, rotateEndpointSecretAction, sendTestEventAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; page?: string }> };

const load = cache(async (id: string, page?: string) =>
  loadPage(async ({ db, actor }) => {
    if (!mayEverDo(actor, "webhook.manage")) forbidden();
    return listDeliveries(db, actor, { id, page });
  }),
);

const doneKinds = ["registered", "edited", "rotated", "disabled", "enabled", "tested"] as const;
const disabledReasons = ["owner", "gone", "failing"] as const;

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { endpoint } = await load((await params).id);
  return { title: (await getTranslations("webhooks"))("editTitle", { url: endpoint.url }) };
}

async function WebhookEndpointPage({ params, searchParams }: Props) {
  const [{ id }, { done, page }] = await Promise.all([params, searchParams]);
  const log = await load(id, page);
  const { endpoint } = log;
  const [t, tNav, format] = await Promise.all([getTranslations("webhooks"), getTranslations("nav"), getFormatter()]);
  const fields = { id: endpoint.id, version: endpoint.version };
  const reason = disabledReasons.find((known) => known === endpoint.disabledReason);
  const from = (log.page - 1) * deliveriesPerPage + 1;
  return (
    <>
      <PageHeader title={t("editTitle", { url: endpoint.url })} intro={endpoint.description || undefined}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/settings/webhooks">{t("title")}</Link>
        </nav>
      </PageHeader>
      <DoneNotice done={done} known={doneKinds} message={(kind) => t(`done.${kind}`)} />
      <dl className="mb-6 grid gap-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-500">{t("fields.state")}</dt>
          <dd>
            <Badge tone={endpoint.disabledAt ? "warning" : "success"}>{endpoint.disabledAt ? t("states.disabled") : t("states.active")}</Badge>
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-slate-500">{t("fields.eventTypes")}</dt>
          <dd>{endpoint.eventTypes.map((type) => t(eventLabelKeys[type])).join("; ")}</dd>
        </div>
        <div>
          <dd>{t("failures", { count: endpoint.consecutiveFailures })}</dd>
        </div>
      </dl>
      {endpoint.disabledAt && reason ? (
        <div className="mb-6">
          <Alert tone="error">{t(`disabledReasons.${reason}`)}</Alert>
        </div>
      ) : null}
      <ClientMessages namespaces={["webhooks", "common"]}>
        <div className="space-y-6">
          <Card>
            <SecretValue id="webhook-secret" label={t("fields.secret")} value={endpoint.secret} />
            <p className="mt-1 text-sm text-slate-600">{t("hints.secret")}</p>
          </Card>
          {endpoint.disabledAt ? null : (
            <TitledCard id="test-title" title={t("test")}>
              <p className="mb-3 text-sm text-slate-700">{t("testIntro")}</p>
              <ActionButton action={sendTestEventAction} fields={{ id: endpoint.id }} label={t("test")} variant="primary" />
            </TitledCard>
          )}
          <section aria-labelledby="log-title">
            <h2 id="log-title" className="mb-3 text-lg font-semibold">
              {t("log")}
            </h2>
            <DeliveryLog deliveries={log.deliveries} />
            {log.total > 0 ? (
              <Pager
                label={t("log")}
                from={from}
                to={from + log.deliveries.length - 1}
                total={log.total}
                newer={log.page > 1 ? { href: `/settings/webhooks/${endpoint.id}?page=${log.page - 1}` } : null}
                older={log.page < log.pageCount ? { href: `/settings/webhooks/${endpoint.id}?page=${log.page + 1}` } : null}
              />
            ) : null}
          </section>
          <TitledCard id="edit-title" title={t("edit")}>
            <WebhookEndpointForm action={editEndpointAction} endpoint={endpoint} />
          </TitledCard>
          <TitledCard id="rotate-title" title={t("rotate")}>
            <p className="mb-3 text-sm text-slate-700">{t("rotateIntro")}</p>
            <ActionButton action={rotateEndpointSecretAction} fields={fields} label={t("rotate")} />
          </TitledCard>
          <TitledCard id="switch-title" title={endpoint.disabledAt ? t("enable") : t("disable")}>
            <p className="mb-3 text-sm text-slate-700">{t("disableIntro")}</p>
            {endpoint.disabledAt ? (
              <ActionButton action={enableEndpointAction} fields={fields} label={t("enable")} variant="primary" />
            ) : (
              <ActionButton action={disableEndpointAction} fields={fields} label={t("disable")} />
            )}
          </TitledCard>
          <TitledCard id="delete-title" title={t("delete")}>
            <p className="mb-3 text-sm text-slate-700">{t("deleteIntro")}</p>
            <ActionButton action={deleteEndpointAction} fields={fields} label={t("delete")} variant="danger" />
          </TitledCard>
        </div>
      </ClientMessages>
      <p className="sr-only">{format.dateTime(endpoint.updatedAt, { dateStyle: "medium" })}</p>
    </>
  );
}

export default withRefusal(WebhookEndpointPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
