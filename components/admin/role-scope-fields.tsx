"use client";
/**
 * The role select and its scope: a country for working-group members, an agency for advisers. With JavaScript
 * only the scope the chosen role uses is shown; without it both are, and the server ignores the other one.
 */
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { Field, Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { roles } from "@/lib/forms/choices";

export type Option = { value: string; label: string };

const noSubscription = () => () => {};

type ScopeValues = FieldValues & { role: string; countryCode?: string; agencyId?: string };

export function RoleScopeFields<Values extends ScopeValues>({
  form,
  errorFor,
  countries,
  agencies,
}: {
  form: UseFormReturn<Values, unknown, unknown>;
  errorFor: (name: Path<Values>) => string | undefined;
  countries: Option[];
  agencies: Option[];
}) {
  const t = useTranslations("adminUsers");
  const tRoles = useTranslations("roles");
  // False in the server's HTML (no JavaScript yet), true once hydrated.
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const role = form.watch("role" as Path<Values>) as string | undefined;
  const showCountry = !scripted || role === "working_group_member";
  const showAgency = !scripted || role === "agency_adviser";
  const select = (name: "role" | "countryCode" | "agencyId", label: string, choices: Option[], hint?: string) => (
    <Field id={name} label={label} hint={hint} error={errorFor(name as Path<Values>)}>
      <Select {...form.register(name as Path<Values>)}>
        <Options choices={choices} blank={t("choose")} />
      </Select>
    </Field>
  );

  return (
    <>
      {select("role", t("role"), roles.map((value) => ({ value, label: tRoles(value) })))}
      {showCountry ? select("countryCode", t("country"), countries, t("countryHint")) : null}
      {showAgency ? select("agencyId", t("agency"), agencies, t("agencyHint")) : null}
    </>
  );
}
