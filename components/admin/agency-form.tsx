"use client";
/** Adds or edits an agency: acronym, names in each language, kind, IATI identity; a conflict shows the newer record. */
import { useTranslations } from "next-intl";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { fieldRenderer } from "@/components/ui/form-fields";
import { Input, Select } from "@/components/ui/field";
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
  const { field, hidden } = fieldRenderer(actionForm, "");

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-2xl space-y-5">
      {agency ? hidden("id", "version") : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {field("acronym", t("acronym"), (props) => <Input autoComplete="off" {...props} />, t("acronymHint"))}
        {field("kind", t("kind"), (props) => (
          <Select {...props}>
            <Options choices={agencyKinds.map((kind) => ({ value: kind, label: tKinds(kind) }))} />
          </Select>
        ))}
      </div>
      <LocalizedTextFields name="shortName" legend={t("shortNames")} labelFor={(language) => t("shortNameIn", { language })} form={form} errorFor={errorFor} initial={agency?.shortName} />
      <LocalizedTextFields name="name" legend={t("names")} labelFor={(language) => t("nameIn", { language })} form={form} errorFor={errorFor} initial={agency?.name} />
      <div className="grid gap-3 sm:grid-cols-2">
        {field("iatiRef", t("iatiRef"), (props) => <Input autoComplete="off" {...props} />, t("iatiRefHint"))}
        {field("iatiOrgType", t("iatiOrgType"), (props) => (
          <Select {...props}>
            <Options choices={iatiOrganisationTypes.map((code) => ({ value: code, label: `${code} · ${tTypes(code)}` }))} blank={t("notSet")} />
          </Select>
        ))}
      </div>
      <SubmitButton actionForm={actionForm} label={editing ? t("save") : t("addButton")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
