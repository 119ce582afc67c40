/** Each event type's label in the "webhooks" catalogue namespace (catalogue keys cannot hold the type's dot). */
import type { WebhookEventType } from "@/db/schema/values";
import type { NamespaceKey } from "@/lib/i18n/message-key";

export const eventLabelKeys = {
  "milestone.logged": "events.milestone_logged",
  "milestone.changed": "events.milestone_changed",
  "step.status_changed": "events.step_status_changed",
  "support.entry_changed": "events.support_entry_changed",
  "support.transaction_changed": "events.support_transaction_changed",
  "report.submitted": "events.report_submitted",
  "report.accepted": "events.report_accepted",
  "need.recorded": "events.need_recorded",
  "webhook.test": "events.webhook_test",
} as const satisfies Record<WebhookEventType | "webhook.test", NamespaceKey<"webhooks">>;

/** The label's key for a delivery's event type, or null for one Socle no longer sends. */
export function eventLabelKey(type: string): (typeof eventLabelKeys)[keyof typeof eventLabelKeys] | null {
  return Object.hasOwn(eventLabelKeys, type) ? eventLabelKeys[type as keyof typeof eventLabelKeys] : null;
}
