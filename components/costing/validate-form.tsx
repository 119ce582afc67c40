"use client";
/**
 * Validates the costing at a national dialogue: the milestone that records the dialogue (with its evidence). The
 * costing's version rides along, so a costing changed since this page was opened is not frozen unread.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Select } from "@/components/ui/field";
import { fieldRenderer } from "@/components/ui/form-fields";
import { Options } from "@/components/ui/options";
import type { ServerAction } from "@/lib/forms/action-state";

type ValidateValues = { countryCode: string; version: number | string; milestoneId: string };

export function ValidateCostingForm({ action, countryCode, version, milestones }: { action: ServerAction; countryCode: string; version: number; milestones: { value: string; label: string }[] }) {
  const t = useTranslations("costing.validate");
  const schema = () => import("@/lib/validation/costing").then((module) => module.validateCostingSchema as unknown as z.ZodMiniType<unknown, ValidateValues>);
  const actionForm = useActionForm<ValidateValues>({ schema, action, defaultValues: { countryCode, version, milestoneId: milestones[0]?.value ?? "" } });
  const { field, hidden } = fieldRenderer(actionForm, "validate-costing");
  return (
    <ActionFormShell actionForm={actionForm} className="max-w-3xl space-y-5">
      {hidden("countryCode", "version")}
      {field(
        "milestoneId",
        t("milestone"),
        (props) => (
          <Select {...props}>
            <Options choices={milestones} />
          </Select>
        ),
        t("milestoneHint"),
      )}
      <SubmitButton actionForm={actionForm} label={t("submit")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
