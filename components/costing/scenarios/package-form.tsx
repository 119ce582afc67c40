"use client";
/**
 * Adds or edits a package of a costing: its name and the scenarios it sums ("low", "high"). Checks as you type with
 * the server's schema; without JavaScript the server answers and the form comes back as typed. A save over a newer
 * version shows that version and keeps what was ticked.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Input } from "@/components/ui/field";
import { ChoiceGroup, fieldRenderer } from "@/components/ui/form-fields";
import type { Choice } from "@/components/ui/options";
import type { ServerAction } from "@/lib/forms/action-state";

export type PackageFormStart = { id?: string; version?: number | string; countryCode?: string; name: string; scenarioIds: string[] };

export function PackageForm({ action, mode, initial, scenarios }: { action: ServerAction; mode: "add" | "edit"; initial: PackageFormStart; scenarios: Choice[] }) {
  const t = useTranslations("costingPackages.form");
  const schema = () =>
    import("@/lib/validation/costing-scenarios").then((module) => (mode === "add" ? module.addPackageSchema : module.editPackageSchema) as unknown as z.ZodMiniType<unknown, PackageFormStart>);
  const actionForm = useActionForm<PackageFormStart>({ schema, action, defaultValues: initial });
  const { field, hidden } = fieldRenderer(actionForm, "package");
  const current = actionForm.state.current as PackageFormStart | undefined;
  const nameOf = (id: string) => scenarios.find((scenario) => scenario.value === id)?.label ?? t("unknownScenario");

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-3xl space-y-5">
      <SavedVersionNotice
        fields={
          current && [
            { label: t("name"), value: current.name },
            { label: t("scenarios"), value: current.scenarioIds.map(nameOf).join("\n") },
          ]
        }
      />
      {mode === "edit" ? hidden("id", "version") : hidden("countryCode")}
      {field("name", t("name"), (props) => <Input autoComplete="off" {...props} />, t("nameHint"))}
      {scenarios.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noScenarios")}</p>
      ) : (
        <ChoiceGroup type="checkbox" actionForm={actionForm} name="scenarioIds" legend={t("scenarios")} hint={t("scenariosHint")} choices={scenarios} columns />
      )}
      <SubmitButton actionForm={actionForm} label={mode === "add" ? t("add") : t("save")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
