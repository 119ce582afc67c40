"use client";
/**
 * Turns a package's uncovered cost in the chosen years into funding needs on key step 8. Only years with a gap and
 * no live need yet are offered, all ticked to start with; the costing's version rides along.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { ChoiceGroup, fieldRenderer } from "@/components/ui/form-fields";
import type { ServerAction } from "@/lib/forms/action-state";

type NeedsValues = { countryCode: string; version: number | string; packageId: string; years: string[] };

export function NeedsForm({
  action,
  countryCode,
  version,
  packageId,
  years,
}: {
  action: ServerAction;
  countryCode: string;
  version: number;
  packageId: string;
  years: { value: string; label: string }[];
}) {
  const t = useTranslations("costing.needs");
  const schema = () => import("@/lib/validation/costing-scenarios").then((module) => module.createNeedsSchema as unknown as z.ZodMiniType<unknown, NeedsValues>);
  const actionForm = useActionForm<NeedsValues>({ schema, action, defaultValues: { countryCode, version, packageId, years: years.map((year) => year.value) } });
  const { hidden } = fieldRenderer(actionForm, "costing-needs");
  return (
    <ActionFormShell actionForm={actionForm} className="max-w-3xl space-y-4">
      {hidden("countryCode", "version", "packageId")}
      <ChoiceGroup type="checkbox" actionForm={actionForm} name="years" legend={t("years")} hint={t("yearsHint")} choices={years} columns />
      <SubmitButton actionForm={actionForm} label={t("submit")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
