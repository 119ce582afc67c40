"use client";
/** Records or edits a training: course, institution (known or typed), dates, funder, support entry, names and counts by institution and sex. */
import { useTranslations } from "next-intl";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { fieldRenderer } from "@/components/ui/form-fields";
import { Options } from "@/components/ui/options";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Field, FieldError, Input, Select, Textarea } from "@/components/ui/field";
import { participantRowsPerForm } from "@/lib/validation/form-constants";
import type * as z from "zod/mini";
import type { ServerAction } from "@/lib/forms/action-state";

type ParticipantRow = { organisation: string; women: string; men: string; unstated: string };

export type TrainingFormValues = {
  id?: string;
  version?: number | string;
  countryCode?: string;
  course: string;
  institutionId: string;
  otherInstitution: string;
  startDate: string;
  endDate: string;
  fundingAgencyId: string;
  supportEntryId: string;
  participantNames: string;
  participants: ParticipantRow[];
};

type Choice = { value: string; label: string };

const parts = ["organisation", "women", "men", "unstated"] as const;

export function TrainingForm({
  action,
  mode,
  initial,
  institutions,
  agencies,
  supportEntries,
}: {
  action: ServerAction;
  mode: "record" | "edit";
  initial: TrainingFormValues;
  institutions: Choice[];
  agencies: Choice[];
  supportEntries: Choice[];
}) {
  const t = useTranslations("trainings");
  const schema = () => import("@/lib/validation/trainings").then((module) => (mode === "record" ? module.recordTrainingSchema : module.editTrainingSchema) as unknown as z.ZodMiniType<unknown, TrainingFormValues>);
  const rows = Array.from({ length: participantRowsPerForm }, (_, row) => initial.participants[row] ?? { organisation: "", women: "", men: "", unstated: "" });
  const defaults = {
    ...initial,
    ...Object.fromEntries(rows.flatMap((participant, row) => Object.entries(participant).map(([key, value]) => [`participants.${row}.${key}`, value]))),
  };
  const actionForm = useActionForm<TrainingFormValues>({ schema, action, defaultValues: defaults });
  const { form, state } = actionForm;
  const { field, hidden, valueOf } = fieldRenderer(actionForm, "training");
  const current = state.current as TrainingFormValues | undefined;
  const participantsError = actionForm.errorFor("participants");
  const labelOf = (choices: Choice[], value: string) => choices.find((choice) => choice.value === value)?.label ?? "";

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-3xl space-y-5">
      <SavedVersionNotice
        fields={
          current && [
            { label: t("form.course"), value: current.course },
            { label: t("form.institution"), value: labelOf(institutions, current.institutionId) },
            { label: t("form.startDate"), value: current.startDate },
            { label: t("form.endDate"), value: current.endDate },
            { label: t("form.fundingAgency"), value: labelOf(agencies, current.fundingAgencyId) },
          ]
        }
      />
      {mode === "edit" ? hidden("id", "version") : hidden("countryCode")}
      {field("course", t("form.course"), (props) => <Input {...props} />)}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("institutionId", t("form.institution"), (props) => (
          <Select {...props}>
            <Options choices={institutions} blank={t("form.otherInstitutionChoice")} />
          </Select>
        ))}
        {field("otherInstitution", t("form.otherInstitution"), (props) => <Input {...props} />, t("form.otherInstitutionHint"))}
        {field("startDate", t("form.startDate"), (props) => <Input type="date" {...props} />)}
        {field("endDate", t("form.endDate"), (props) => <Input type="date" {...props} />)}
        {field("fundingAgencyId", t("form.fundingAgency"), (props) => (
          <Select {...props}>
            <Options choices={agencies} blank={t("form.noFunder")} />
          </Select>
        ))}
        {field("supportEntryId", t("form.supportEntry"), (props) => (
          <Select {...props}>
            <Options choices={supportEntries} blank={t("form.noSupportEntry")} />
          </Select>
        ), supportEntries.length === 0 ? t("form.noSupportEntryHint") : t("form.supportEntryHint"))}
      </div>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3" aria-describedby="training-participants-hint">
        <legend className="px-1 text-sm font-semibold text-slate-800">{t("form.participants")}</legend>
        <p id="training-participants-hint" className="text-sm text-slate-600">
          {t("form.participantsHint")}
        </p>
        <FieldError error={participantsError} />
        {rows.map((_, row) => (
          <div key={row} className="grid gap-2 sm:grid-cols-[2fr_1fr_1fr_1fr]">
            {parts.map((part) => {
              const name = `participants.${row}.${part}` as const;
              const id = `training-participants-${row}-${part}`;
              const error = actionForm.errorFor(name as never);
              return (
                <Field key={part} id={id} label={t(`form.row.${part}`, { number: row + 1 })} error={error}>
                  <Input
                    inputMode={part === "organisation" ? undefined : "numeric"}
                    autoComplete="off"
                    defaultValue={valueOf(name)}
                    {...form.register(name as never)}
                  />
                </Field>
              );
            })}
          </div>
        ))}
      </fieldset>
      {field("participantNames", t("form.participantNames"), (props) => <Textarea {...props} />, t("form.participantNamesHint"))}
      <SubmitButton actionForm={actionForm} label={mode === "record" ? t("form.record") : t("form.save")} pendingLabel={t("form.saving")} />
    </ActionFormShell>
  );
}
