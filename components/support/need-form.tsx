"use client";
/** Record or edit a support need of a step: a technical category, or funding with an estimate; and a priority. */
import { onlineManager } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Select, Textarea } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { needKinds, priorities, technicalCategories } from "@/lib/forms/choices";
import { isOneOf } from "@/lib/i18n/message-key";
import type { SupportNeedFormValues } from "@/lib/support/needs";
import type * as z from "zod/mini";
import { queuedCreateOf } from "@/components/offline/queue";
import { useDeviceRecord } from "@/components/offline/on-device";
import { Alert } from "@/components/ui/alert";
import { SavedVersionNotice } from "./conflict-notice";
import { QueuedNeeds, useQueueNeed } from "./queued-needs";
import { Options } from "@/components/ui/options";
import { ChoiceGroup, fieldRenderer } from "@/components/ui/form-fields";
import { CategoryField, MoneyFields } from "./support-fields";
import type { ServerAction } from "@/lib/forms/action-state";

export type NeedFormValues = Omit<SupportNeedFormValues, "id" | "version"> & { id?: string; version?: string | number; countryCode: string };

export function NeedForm({ action, mode, initial, steps, currencies }: { action: ServerAction; mode: "add" | "edit"; initial: NeedFormValues; steps: { value: string; label: string }[]; currencies: string[] }) {
  const t = useTranslations("support");
  const tForm = useTranslations("support.form");
  const tOffline = useTranslations("offline");
  const schema = () => import("@/lib/validation/support").then((module) => (mode === "add" ? module.addNeedSchema : module.editNeedSchema) as unknown as z.ZodMiniType<unknown, NeedFormValues>);
  const actionForm = useActionForm<NeedFormValues>({ schema, action, defaultValues: initial });
  const { form, state } = actionForm;
  const { field, hidden } = fieldRenderer(actionForm, "need");
  const current = state.current as SupportNeedFormValues | undefined;
  const mounted = useHydrated();
  const kind = form.watch("kind");
  const queue = useQueueNeed(initial.countryCode);
  const [queuedMessage, setQueuedMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const device = useDeviceRecord();

  // Without a connection a new need waits on this device, then is sent once online (components/offline).
  const queueWhenOffline = (event?: React.BaseSyntheticEvent) => {
    setQueuedMessage(null);
    if (mode !== "add" || onlineManager.isOnline()) return actionForm.onSubmit(event);
    return form.handleSubmit((_values, submitEvent) => {
      const element = submitEvent?.target;
      if (!(element instanceof HTMLFormElement)) return;
      const formData = new FormData(element);
      const create = queuedCreateOf(formData, { description: String(formData.get("description") ?? "") }, true);
      queue.mutate(create);
      form.reset(initial);
      // Said kept once the device holds it; the item shows it is being kept meanwhile.
      void device.settled(create.idempotencyKey).then((kept) => setQueuedMessage(kept ? { tone: "success", text: t("queue.queued") } : { tone: "error", text: tOffline("notKeptForm") }));
    })(event);
  };


  return (
    <>
    {mode === "add" ? <QueuedNeeds countryCode={initial.countryCode} /> : null}
    {queuedMessage ? (
      <div className="mb-4 max-w-2xl">
        <Alert tone={queuedMessage.tone}>{queuedMessage.text}</Alert>
      </div>
    ) : null}
    <ActionFormShell actionForm={{ ...actionForm, onSubmit: queueWhenOffline }} className="max-w-2xl space-y-5">
      <SavedVersionNotice
        fields={
          current && [
            { label: t("step"), value: steps.find((step) => step.value === current.countryStepId)?.label ?? "" },
            { label: tForm("needKind"), value: t(`needKind.${current.kind}`) },
            { label: t("categoryLabel"), value: isOneOf(technicalCategories, current.technicalCategory) ? t(`category.${current.technicalCategory}`) : "" },
            { label: tForm("needDescription"), value: current.description },
            { label: t("estimate"), value: current.estimateAmount ? `${current.estimateAmount} ${current.estimateCurrency}` : "" },
            { label: tForm("priority"), value: t(`priority.${current.priority}`) },
          ]
        }
      />
      {hidden("countryCode")}
      {mode === "edit" ? hidden("id", "version") : null}
      {field("countryStepId", t("step"), (props) => (
        <Select {...props}>
          <Options blank={tForm("chooseStep")} choices={steps} />
        </Select>
      ))}
      <ChoiceGroup type="radio" actionForm={actionForm} name="kind" legend={tForm("needKind")} choices={needKinds.map((value) => ({ value, label: t(`needKind.${value}`) }))} />
      {!mounted || kind === "technical" ? <CategoryField field={field} name="technicalCategory" hint={tForm("needCategoryHint")} /> : null}
      {!mounted || kind === "funding" ? (
        <MoneyFields
          field={field}
          amount={{ name: "estimateAmount", label: tForm("estimateAmount"), hint: tForm("estimateHint") }}
          currency="estimateCurrency"
          currencies={currencies}
          listId="need-currencies"
        />
      ) : null}
      {field("description", tForm("needDescription"), (props) => <Textarea {...props} />)}
      {field("priority", tForm("priority"), (props) => (
        <Select {...props}>
          <Options choices={priorities.map((value) => ({ value, label: t(`priority.${value}`) }))} />
        </Select>
      ))}
      <SubmitButton actionForm={actionForm} label={mode === "add" ? tForm("addNeed") : tForm("save")} pendingLabel={tForm("saving")} />
    </ActionFormShell>
    </>
  );
}
