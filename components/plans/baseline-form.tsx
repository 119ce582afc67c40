"use client";
/**
 * Saves the plan as it stands under a name (and a note): a baseline the roadmap can later compare with. Checks as
 * you type with the server's schema; without JavaScript the server answers and the form comes back as typed.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Input, Textarea } from "@/components/ui/field";
import { fieldRenderer } from "@/components/ui/form-fields";
import type { ServerAction } from "@/lib/forms/action-state";

type Values = Record<string, string>;

export function BaselineForm({ action, countryCode }: { action: ServerAction; countryCode: string }) {
  const t = useTranslations("plans.baselines");
  const schema = () => import("@/lib/validation/plans").then((module) => module.saveBaselineSchema as unknown as z.ZodMiniType<unknown, Values>);
  const actionForm = useActionForm<Values>({ schema, action, defaultValues: { countryCode, name: "", note: "" } });
  const { field, hidden } = fieldRenderer(actionForm, "baseline");
  return (
    <ActionFormShell actionForm={actionForm} className="max-w-2xl space-y-4">
      {hidden("countryCode")}
      {field("name", t("name"), (props) => <Input autoComplete="off" maxLength={120} {...props} />)}
      {field("note", t("note"), (props) => <Textarea className="min-h-16" maxLength={1000} {...props} />)}
      <SubmitButton actionForm={actionForm} label={t("save")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
