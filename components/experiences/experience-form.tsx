"use client";
/** Writes an experience write-up, or edits (or translates) one language of it, with its contacts. */
import { useTranslations } from "next-intl";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { fieldRenderer } from "@/components/ui/form-fields";
import { Options } from "@/components/ui/options";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Field, FieldError, Input, Select, Textarea } from "@/components/ui/field";
import type { ExperienceView } from "@/lib/experiences/list-experiences";
import { contactRowsPerForm } from "@/lib/validation/form-constants";
import type * as z from "zod/mini";
import { type ExperienceFormValues, experienceFormValues } from "./experience-form-values";
import type { ServerAction } from "@/lib/forms/action-state";

type Choice = { value: string; label: string };

export function ExperienceForm({
  action,
  mode,
  initial,
  languages,
  agencies = [],
}: {
  action: ServerAction;
  mode: "write" | "edit";
  initial: ExperienceFormValues;
  /** The languages offered (when writing) or the one being edited. */
  languages: Choice[];
  /** For an adviser: the agencies they may write for. Empty for a working group. */
  agencies?: Choice[];
}) {
  const t = useTranslations("experiences");
  const schema = () => import("@/lib/validation/experiences").then((module) => (mode === "write" ? module.writeExperienceSchema : module.editExperienceSchema) as unknown as z.ZodMiniType<unknown, ExperienceFormValues>);
  const defaults = {
    ...initial,
    ...Object.fromEntries(initial.contacts.flatMap((contact, row) => Object.entries(contact).map(([key, value]) => [`contacts.${row}.${key}`, value]))),
  };
  const actionForm = useActionForm<ExperienceFormValues>({ schema, action, defaultValues: defaults });
  const { form, state } = actionForm;
  const { field, hidden, valueOf } = fieldRenderer(actionForm, "experience");
  const current = state.current ? experienceFormValues(state.current as ExperienceView, initial.language) : undefined;
  const consentError = actionForm.errorFor("contactsConsent");

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-3xl space-y-5">
      <SavedVersionNotice
        fields={
          current && [
            { label: t("form.title"), value: current.title },
            { label: t("context"), value: current.context },
            { label: t("whatWasDone"), value: current.whatWasDone },
            { label: t("whatWorked"), value: current.whatWorked },
            { label: t("whatToChange"), value: current.whatToChange },
            { label: t("contacts"), value: current.contacts.map((contact) => contact.name).join(", ") },
          ]
        }
      />
      {mode === "write" ? (
        <>
          {hidden("countryCode", "stepKey")}
          {agencies.length > 0
            ? field("agencyId", t("form.agency"), (props) => (
                <Select {...props}>
                  <Options choices={agencies} />
                </Select>
              ))
            : null}
        </>
      ) : hidden("experienceId", "version")}
      {languages.length > 1 ? (
        field("language", t("form.language"), (props) => (
          <Select className="sm:w-64" {...props}>
            <Options choices={languages} />
          </Select>
        ), t("form.languageHint"))
      ) : hidden("language")}
      {field("title", t("form.title"), (props) => <Input {...props} />)}
      {field("context", t("context"), (props) => <Textarea {...props} />, t("form.contextHint"))}
      {field("whatWasDone", t("whatWasDone"), (props) => <Textarea {...props} />)}
      {field("whatWorked", t("whatWorked"), (props) => <Textarea {...props} />)}
      {field("whatToChange", t("whatToChange"), (props) => <Textarea {...props} />)}
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">{t("contacts")}</legend>
        <p className="text-sm text-slate-600">{t("form.contactsHint")}</p>
        {Array.from({ length: contactRowsPerForm }, (_, row) => (
          <div key={row} className="grid gap-2 sm:grid-cols-3">
            {(["name", "organisation", "email"] as const).map((part) => {
              const name = `contacts.${row}.${part}` as const;
              const id = `experience-contact-${row}-${part}`;
              const error = actionForm.errorFor(name as never);
              return (
                <Field key={part} id={id} label={t(`form.contact.${part}`, { number: row + 1 })} error={error}>
                  <Input
                    type={part === "email" ? "email" : "text"}
                    defaultValue={valueOf(name)}
                    {...form.register(name as never)}
                  />
                </Field>
              );
            })}
          </div>
        ))}
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" value="on" defaultChecked={Boolean(initial.contactsConsent)} aria-invalid={consentError ? true : undefined} {...form.register("contactsConsent")} />
          <span>{t("form.consent")}</span>
        </label>
        <FieldError error={consentError} />
      </fieldset>
      <SubmitButton actionForm={actionForm} label={mode === "write" ? t("form.saveDraft") : t("form.save")} pendingLabel={t("form.saving")} />
    </ActionFormShell>
  );
}
