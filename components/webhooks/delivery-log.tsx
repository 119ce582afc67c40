/** An endpoint's delivery log: each event's state, attempts and last response code, each attempt listed with its result and duration. */
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { eventLabelKey } from "@/lib/webhooks/event-labels";
import type { WebhookDeliveryView } from "@/lib/webhooks/list-endpoints";

type WebhookDeliveryState = WebhookDeliveryView["state"];

const stateTone: Record<WebhookDeliveryState, BadgeTone> = { pending: "info", sending: "info", delivered: "success", failed: "danger" };

export async function DeliveryLog({ deliveries }: { deliveries: WebhookDeliveryView[] }) {
  const [t, format] = await Promise.all([getTranslations("webhooks"), getFormatter()]);
  if (deliveries.length === 0) return <p className="text-sm text-slate-600">{t("logEmpty")}</p>;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });
  const eventName = (type: string) => {
    const key = eventLabelKey(type);
    return key ? t(key) : type;
  };
  return (
    <Table caption={t("log")} headings={[t("logColumns.event"), t("logColumns.created"), t("logColumns.state"), t("logColumns.attempts"), t("logColumns.code"), t("logColumns.message")]}>
      {deliveries.map((delivery) => (
        <tr key={delivery.id} data-testid="webhook-delivery">
          <Td>{eventName(delivery.eventType)}</Td>
          <Td label={t("logColumns.created")}>{when(delivery.createdAt)}</Td>
          <Td label={t("logColumns.state")}>
            <Badge tone={stateTone[delivery.state]}>{t(`states.${delivery.state}`)}</Badge>
            {delivery.state === "pending" && delivery.attempts > 0 ? (
              <span className="block text-xs text-slate-600">
                {t("logColumns.next")}: {when(delivery.nextAttemptAt)}
              </span>
            ) : null}
          </Td>
          <Td label={t("logColumns.attempts")}>
            {delivery.attempts}
            {delivery.attemptLog.length > 0 ? (
              <ul className="text-xs text-slate-600">
                {delivery.attemptLog.map((attempt) => (
                  <li key={attempt.attemptedAt.toISOString()}>
                    {t("attemptLine", {
                      at: when(attempt.attemptedAt),
                      result: attempt.statusCode === null ? t("noResponse", { error: attempt.error ?? "" }) : String(attempt.statusCode),
                      ms: attempt.durationMs,
                    })}
                  </li>
                ))}
              </ul>
            ) : null}
          </Td>
          <Td label={t("logColumns.code")}>{delivery.lastStatusCode ?? (delivery.lastError ? t("noResponse", { error: delivery.lastError }) : "—")}</Td>
          <Td label={t("logColumns.message")} className="font-mono text-xs break-all">
            {delivery.messageId}
          </Td>
        </tr>
      ))}
    </Table>
  );
}
