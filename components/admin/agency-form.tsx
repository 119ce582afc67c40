"use client";
/** Adds or edits an agency: acronym, names in each language, kind, IATI identity; a conflict shows the newer record. */
import { useTranslations } from "next-intl";
import { ActionFormShell, useActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import { Field, Input, Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { agencyKinds } from "@/lib/forms/choices";
import type { LocalizedText } from "@/db/schema/values";
import type { AgencyInput, EditAgencyInput } from "@/lib/validation/agencies";
import { iatiOrganisationTypes } from "@/lib/validation/form-constants";
import { LocalizedTextFields } from "./localized-text-fields";
import type { ServerAction } from "@/lib/forms/action-state";

type AgencyRecord = {
  id: string;
  acronym: string;
  shortName: LocalizedText;
  name: LocalizedText;
  kind: (typeof agencyKinds)[number];
  iatiRef: string | null;
  iatiOrgType: string | null;
  version: number;
};
type Values = AgencyInput & Partial<Pick<EditAgencyInput, "id" | "version">>;

const valuesOf = (agency: AgencyRecord) => ({ ...agency, iatiRef: agency.iatiRef ?? "", iatiOrgType: agency.iatiOrgType ?? "" });

export function AgencyForm({ action, agency }: { action: ServerAction; agency?: AgencyRecord }) {
  const t = useTranslations("adminAgencies");
  const tKinds = useTranslations("agencyKinds");
  const tTypes = useTranslations("iatiOrgTypes");
  const editing = agency !== undefined;
  const actionForm = useActionForm<Values>({
    schema: () => import("@/lib/validation/agencies").then((module) => (editing ? module.editAgencySchema : module.agencyFieldsSchema) as typeof module.agencyFieldsSchema),
    action,
    defaultValues: (agency ? valuesOf(agency) : { kind: "un_agency" }) as Values,
    currentValues: (current) => valuesOf(current as AgencyRecord) as Values,
  });
  const { form, errorFor } = actionForm;

  const acronymError = errorFor("acronym");
  const iatiRefError = errorFor("iatiRef");
  const iatiTypeError = errorFor("iatiOrgType");
  return (
    <ActionFormShell actionForm={actionForm} className="max-w-2xl space-y-5">
      {agency ? (
        <>
          <input type="hidden" value={agency.id} {...form.register("id")} />
          <input type="hidden" defaultValue={agency.version} {...form.register("version")} />
        </>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="acronym" label={t("acronym")} hint={t("acronymHint")} error={acronymError}>
          <Input defaultValue={agency?.acronym} autoComplete="off" {...form.register("acronym")} />
        </Field>
        <Field id="kind" label={t("kind")}>
          <Select defaultValue={agency?.kind ?? "un_agency"} {...form.register("kind")}>
            <Options choices={agencyKinds.map((kind) => ({ value: kind, label: tKinds(kind) }))} />
          </Select>
        </Field>
      </div>
      <LocalizedTextFields name="shortName" legend={t("shortNames")} labelFor={(language) => t("shortNameIn", { language })} form={form} errorFor={errorFor} initial={agency?.shortName} />
      <LocalizedTextFields name="name" legend={t("names")} labelFor={(language) => t("nameIn", { language })} form={form} errorFor={errorFor} initial={agency?.name} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="iatiRef" label={t("iatiRef")} hint={t("iatiRefHint")} error={iatiRefError}>
          <Input defaultValue={agency?.iatiRef ?? ""} autoComplete="off" {...form.register("iatiRef")} />
        </Field>
        <Field id="iatiOrgType" label={t("iatiOrgType")} error={iatiTypeError}>
          <Select defaultValue={agency?.iatiOrgType ?? ""} {...form.register("iatiOrgType")}>
            <Options choices={iatiOrganisationTypes.map((code) => ({ value: code, label: `${code} · ${tTypes(code)}` }))} blank={t("notSet")} />
          </Select>
        </Field>
      </div>
      <SubmitButton actionForm={actionForm} label={editing ? t("save") : t("addButton")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
