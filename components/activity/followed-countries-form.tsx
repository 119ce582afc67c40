"use client";
/**
 * The countries a person follows in their activity feed, as one form: a checkbox per country, grouped by region, and
 * one button. Works without JavaScript; a refusal keeps what was ticked.
 */
import type * as z from "zod/mini";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import type { RegionChoices } from "@/components/countries/region-choices";
import { ChoiceGroup } from "@/components/ui/form-fields";
import type { ServerAction } from "@/lib/forms/action-state";

type FollowedCountries = { countryCodes: string[] };

export function FollowedCountriesForm({
  action,
  regions,
  followed,
  saveLabel,
  savingLabel,
}: {
  action: ServerAction;
  regions: RegionChoices;
  followed: string[];
  saveLabel: string;
  savingLabel: string;
}) {
  const schema = () => import("@/lib/validation/review").then((module) => module.followedCountriesSchema as unknown as z.ZodMiniType<unknown, FollowedCountries>);
  const actionForm = useActionForm<FollowedCountries>({ schema, action, defaultValues: { countryCodes: followed } });
  return (
    <ActionFormShell actionForm={actionForm} className="space-y-6">
      {regions.map((group) => (
        <ChoiceGroup
          key={group.region}
          type="checkbox"
          actionForm={actionForm}
          name="countryCodes"
          legend={group.label}
          choices={group.countries.map((country) => ({ value: country.code, label: country.name }))}
          columns
        />
      ))}
      <SubmitButton actionForm={actionForm} label={saveLabel} pendingLabel={savingLabel} />
    </ActionFormShell>
  );
}
