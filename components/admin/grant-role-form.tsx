"use client";
/** Adds a role in a scope to an existing account, from the account's version the coordinator sees. */
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import type { GrantRoleInput } from "@/lib/validation/users";
import { type Option, RoleScopeFields } from "./role-scope-fields";
import type { ServerAction } from "@/lib/forms/action-state";

export function GrantRoleForm({ action, userId, version, countries, agencies }: { action: ServerAction; userId: string; version: number; countries: Option[]; agencies: Option[] }) {
  const t = useTranslations("adminUsers");
  // The hidden version follows the page, which re-reads the account after every change (what is posted is the DOM's value).
  const actionForm = useActionForm<GrantRoleInput>({ schema: () => import("@/lib/validation/users").then((module) => module.grantRoleSchema), action, defaultValues: { userId, version } });
  const { state, form } = actionForm;
  useEffect(() => {
    if (state.status === "success") form.reset({ userId, version, role: undefined, countryCode: "", agencyId: "" });
  }, [state, form, userId, version]);
  return (
    <ActionFormShell actionForm={actionForm} className="max-w-lg space-y-4">
      <input type="hidden" value={userId} {...actionForm.form.register("userId")} />
      <input type="hidden" value={version} {...actionForm.form.register("version")} />
      <RoleScopeFields form={actionForm.form} errorFor={actionForm.errorFor} countries={countries} agencies={agencies} />
      <SubmitButton actionForm={actionForm} label={t("addRoleButton")} />
    </ActionFormShell>
  );
}
