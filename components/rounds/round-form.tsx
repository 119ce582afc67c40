"use client";
/**
 * Opens or edits a reporting round: its name, the period reported on, the due date, how many days before it the
 * reminder goes out, and the countries asked, ticked by region or all at once. Checks as you type with the server's
 * schema; without JavaScript the server answers and the form comes back as typed ("all countries" is then read by
 * the server). A save over a newer version shows that version and keeps what was typed.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { FieldError, Input } from "@/components/ui/field";
import { fieldRenderer } from "@/components/ui/form-fields";
import type { ServerAction } from "@/lib/forms/action-state";
import type { RegionChoices } from "@/components/countries/region-choices";

export type RoundFormValues = {
  id?: string;
  version?: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  reminderDaysBefore: string;
  countryCodes: string[];
};

type CurrentRound = { name: string; periodStart: string; periodEnd: string; dueOn: string; reminderDaysBefore: number; countryCodes: string[] };

export function RoundForm({ action, mode, initial, regions }: { action: ServerAction; mode: "open" | "edit"; initial: RoundFormValues; regions: RegionChoices }) {
  const t = useTranslations("rounds.form");
  const schema = () =>
    import("@/lib/validation/rounds").then((module) => (mode === "open" ? module.openRoundSchema : module.editRoundSchema) as unknown as z.ZodMiniType<unknown, RoundFormValues>);
  const actionForm = useActionForm<RoundFormValues>({
    schema,
    action,
    defaultValues: initial,
    currentValues: (current) => {
      const round = current as CurrentRound & { version: number };
      return { ...initial, ...round, version: String(round.version), reminderDaysBefore: String(round.reminderDaysBefore) };
    },
  });
  const { field, hidden } = fieldRenderer(actionForm, "round");
  const current = actionForm.state.current as CurrentRound | undefined;
  const started = actionForm.defaults.countryCodes as unknown;
  // One box ticked comes back as a value, several as a list (lib/forms/action-state.ts).
  const ticked = new Set(Array.isArray(started) ? started.map(String) : typeof started === "string" && started ? [started] : []);
  const everyCode = regions.flatMap((group) => group.countries.map((country) => country.code));
  const nameOf = new Map(regions.flatMap((group) => group.countries.map((country) => [country.code, country.name] as const)));

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-3xl space-y-5">
      {current ? (
        <ConflictNotice
          heading={t("theirVersion")}
          note={t("keepOrChange")}
          fields={[
            { label: t("name"), value: current.name },
            { label: t("periodStart"), value: current.periodStart },
            { label: t("periodEnd"), value: current.periodEnd },
            { label: t("dueOn"), value: current.dueOn },
            { label: t("reminderDaysBefore"), value: String(current.reminderDaysBefore) },
            { label: t("countries"), value: current.countryCodes.map((code) => nameOf.get(code) ?? code).join(", ") },
          ]}
        />
      ) : null}
      {mode === "edit" ? hidden("id", "version") : null}
      {field("name", t("name"), (props) => <Input autoComplete="off" maxLength={200} {...props} />, t("nameHint"))}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("periodStart", t("periodStart"), (props) => <Input type="date" {...props} />)}
        {field("periodEnd", t("periodEnd"), (props) => <Input type="date" {...props} />)}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {field("dueOn", t("dueOn"), (props) => <Input type="date" {...props} />, t("dueOnHint"))}
        {field("reminderDaysBefore", t("reminderDaysBefore"), (props) => <Input type="number" inputMode="numeric" min={0} max={90} className="max-w-32" {...props} />, t("reminderHint"))}
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("countries")}</legend>
        <p className="text-sm text-slate-600">{t("countriesHint")}</p>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name="allCountries"
            value="on"
            defaultChecked={(actionForm.defaults as Record<string, unknown>).allCountries === "on"}
            // With JavaScript the boxes follow at once; without it the server reads "all countries" itself.
            onChange={(event) => actionForm.form.setValue("countryCodes", event.target.checked ? everyCode : [], { shouldValidate: actionForm.form.formState.isSubmitted })}
          />
          {t("allCountries", { count: everyCode.length })}
        </label>
        {regions.map((group) => (
          <fieldset key={group.region} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold">{group.label}</legend>
            <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
              {group.countries.map((country) => (
                <label key={country.code} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" value={country.code} defaultChecked={ticked.has(country.code)} {...actionForm.form.register("countryCodes")} />
                  <span>{country.name}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <FieldError error={actionForm.errorFor("countryCodes")} />
      </fieldset>
      <SubmitButton actionForm={actionForm} label={mode === "open" ? t("open") : t("save")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
