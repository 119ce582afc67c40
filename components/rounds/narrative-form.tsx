"use client";
/**
 * A country report's narrative: achievements, difficulties and next steps, written by the working group in its
 * language. Checks as you type with the server's schema; without JavaScript the server answers and the form comes
 * back as typed. A save over a newer version (another member saved meanwhile) shows that version and keeps what
 * was typed; saving again replaces it knowingly.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Textarea } from "@/components/ui/field";
import { fieldRenderer } from "@/components/ui/form-fields";
import type { ServerAction } from "@/lib/forms/action-state";

export type NarrativeValues = { roundId: string; countryCode: string; version: string; achievements: string; difficulties: string; nextSteps: string };

type CurrentReport = { version: number; achievements: string; difficulties: string; nextSteps: string };

export function NarrativeForm({ action, initial, lang }: { action: ServerAction; initial: NarrativeValues; lang: string }) {
  const t = useTranslations("rounds.report");
  const schema = () => import("@/lib/validation/rounds").then((module) => module.saveReportNarrativeSchema as unknown as z.ZodMiniType<unknown, NarrativeValues>);
  const actionForm = useActionForm<NarrativeValues>({ schema, action, defaultValues: initial });
  const { field, hidden } = fieldRenderer(actionForm, "narrative");
  const current = actionForm.state.current as CurrentReport | undefined;
  const text = (props: object) => <Textarea lang={lang} className="min-h-32" maxLength={10_000} {...props} />;

  return (
    <ActionFormShell actionForm={actionForm} successMessage={t("savedNow")} className="max-w-3xl space-y-5">
      {current?.version !== undefined ? (
        <ConflictNotice
          heading={t("theirVersion")}
          note={t("keepOrChange")}
          fields={[
            { label: t("achievements"), value: current.achievements },
            { label: t("difficulties"), value: current.difficulties },
            { label: t("nextSteps"), value: current.nextSteps },
          ]}
        />
      ) : null}
      {hidden("roundId", "countryCode", "version")}
      {field("achievements", t("achievements"), text, t("achievementsHint"))}
      {field("difficulties", t("difficulties"), text, t("difficultiesHint"))}
      {field("nextSteps", t("nextSteps"), text, t("nextStepsHint"))}
      <SubmitButton actionForm={actionForm} label={t("save")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
