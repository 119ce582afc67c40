"use client";
/**
 * Endorses the matrix at a national dialogue: the milestone that records the dialogue (with its evidence), and the
 * proposed recommendations it endorsed, all ticked to start with. The matrix's version rides along, so a matrix
 * changed since this page was opened is not frozen unread.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Select } from "@/components/ui/field";
import { ChoiceGroup, fieldRenderer } from "@/components/ui/form-fields";
import { Options } from "@/components/ui/options";
import type { ServerAction } from "@/lib/forms/action-state";

type EndorseValues = { countryCode: string; version: number | string; milestoneId: string; recommendationIds: string[] };

export function EndorseForm({
  action,
  countryCode,
  version,
  milestones,
  proposed,
}: {
  action: ServerAction;
  countryCode: string;
  version: number;
  milestones: { value: string; label: string }[];
  proposed: { value: string; label: string }[];
}) {
  const t = useTranslations("assessment.endorse");
  const schema = () => import("@/lib/validation/assessment").then((module) => module.endorseAssessmentSchema as unknown as z.ZodMiniType<unknown, EndorseValues>);
  const actionForm = useActionForm<EndorseValues>({
    schema,
    action,
    defaultValues: { countryCode, version, milestoneId: milestones[0]?.value ?? "", recommendationIds: proposed.map((choice) => choice.value) },
  });
  const { field, hidden } = fieldRenderer(actionForm, "endorse");
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
      {proposed.length > 0 ? (
        <ChoiceGroup type="checkbox" actionForm={actionForm} name="recommendationIds" legend={t("recommendations")} hint={t("recommendationsHint")} choices={proposed} />
      ) : (
        <p className="text-sm text-slate-600">{t("noProposed")}</p>
      )}
      <SubmitButton actionForm={actionForm} label={t("submit")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
