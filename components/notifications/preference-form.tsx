"use client";
/** How one kind of notification arrives: an immediate notice, the daily digest, or not at all. Works without JavaScript. */
import { useTranslations } from "next-intl";
import { ActionFormShell, useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { notificationDeliveries } from "@/lib/forms/choices";
import type { notificationKinds } from "@/db/schema/values";
import type { ServerAction } from "@/lib/forms/action-state";


type Kind = (typeof notificationKinds)[number];
type Delivery = (typeof notificationDeliveries)[number];

export function PreferenceForm({ action, kind, delivery }: { action: ServerAction; kind: Kind; delivery: Delivery }) {
  const t = useTranslations("notifications");
  const actionForm = useActionForm<{ kind: Kind; delivery: Delivery }>({
    schema: () => import("@/lib/validation/review").then((module) => module.notificationPreferenceSchema),
    action,
    defaultValues: { kind, delivery },
  });
  const id = `preference-${kind}`;
  return (
    <ActionFormShell actionForm={actionForm} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="kind" value={kind} />
      <Field id={id} label={t(`kinds.${kind}`)}>
        <Select defaultValue={delivery} className="sm:w-56" {...actionForm.form.register("delivery")}>
          <Options choices={notificationDeliveries.map((option) => ({ value: option, label: t(`deliveries.${option}`) }))} />
        </Select>
      </Field>
      <Button type="submit" variant="secondary" disabled={actionForm.pending} aria-label={t("saveNamed", { kind: t(`kinds.${kind}`) })}>
        {t("save")}
      </Button>
    </ActionFormShell>
  );
}
