"use client";
/** Registers a webhook endpoint (its address, description and events) or edits one; a conflict shows the newer endpoint. */
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { ChoiceGroup, fieldRenderer } from "@/components/ui/form-fields";
import { Input } from "@/components/ui/field";
import type { ServerAction } from "@/lib/forms/action-state";
import { webhookEventTypes } from "@/lib/forms/choices";
import { eventLabelKeys } from "@/lib/webhooks/event-labels";

type EndpointRecord = { id: string; url: string; description: string; eventTypes: string[]; version: number };
type Values = { id?: string; version?: unknown; url: string; description?: string; eventTypes?: unknown };

export function WebhookEndpointForm({ action, endpoint }: { action: ServerAction; endpoint?: EndpointRecord }) {
  const t = useTranslations("webhooks");
  const editing = endpoint !== undefined;
  const actionForm = useActionForm<Values>({
    schema: () =>
      import("@/lib/validation/webhooks").then((module) => (editing ? module.editEndpointSchema : module.registerEndpointSchema) as unknown as typeof module.editEndpointSchema),
    action,
    defaultValues: endpoint
      ? { id: endpoint.id, version: endpoint.version, url: endpoint.url, description: endpoint.description, eventTypes: endpoint.eventTypes }
      : { url: "", description: "", eventTypes: ["milestone.logged"] },
    currentValues: (current) => {
      const newer = current as EndpointRecord;
      return { id: newer.id, version: newer.version, url: newer.url, description: newer.description, eventTypes: newer.eventTypes } as Values;
    },
  });
  const { field, hidden } = fieldRenderer(actionForm, "webhook");
  return (
    <ActionFormShell actionForm={actionForm} className="max-w-2xl space-y-5">
      {editing ? hidden("id", "version") : null}
      {field("url", t("fields.url"), (props) => <Input type="url" inputMode="url" autoComplete="off" {...props} />, t("hints.url"))}
      {field("description", t("fields.description"), (props) => <Input autoComplete="off" {...props} />, t("hints.description"))}
      <ChoiceGroup
        actionForm={actionForm}
        type="checkbox"
        name="eventTypes"
        legend={t("fields.eventTypes")}
        columns
        choices={webhookEventTypes.map((type) => ({ value: type, label: t(eventLabelKeys[type]) }))}
      />
      <SubmitButton actionForm={actionForm} label={editing ? t("save") : t("add")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
