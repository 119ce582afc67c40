"use client";
/**
 * One year's population typed in: a row per age group (from age, to age blank for the open top group, females,
 * males), the stored groups first, then empty rows to add groups without JavaScript; a row left wholly blank is left
 * out. Checks as you type with the server's schema; without JavaScript the server answers and the form comes back
 * as typed. A save over a newer version of the costing keeps what was typed and says what the year holds now.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Input } from "@/components/ui/field";
import { fieldRenderer } from "@/components/ui/form-fields";
import type { ServerAction } from "@/lib/forms/action-state";

/** A group as typed: ages as digits, persons with spaces between thousands; all blank for an empty row. */
export type GroupFormRow = { ageFrom: string; ageTo: string; female: string; male: string };
const groupFields = ["ageFrom", "ageTo", "female", "male"] as const;

/** The form's fields by their posted names ("groups.0.female"), so that they show without JavaScript too. */
type Values = Record<string, string>;

export function PopulationYearForm({
  action,
  countryCode,
  version,
  year,
  rows,
  savedNow,
}: {
  action: ServerAction;
  countryCode: string;
  version: number;
  year: number;
  /** The stored groups, then the empty rows. */
  rows: GroupFormRow[];
  /** What the year holds as the page was read (after a conflict, what was saved meanwhile), in words. */
  savedNow: string;
}) {
  const t = useTranslations("costingInputs.population");
  const schema = () => import("@/lib/validation/costing").then((module) => module.setPopulationSchema as unknown as z.ZodMiniType<unknown, Values>);
  const initial: Values = { countryCode, version: String(version), year: String(year) };
  rows.forEach((row, index) => {
    for (const name of groupFields) initial[`groups.${index}.${name}`] = row[name];
  });
  const actionForm = useActionForm<Values>({ schema, action, defaultValues: initial });
  const { field, hidden } = fieldRenderer(actionForm, "population-year");
  const age = (props: object) => <Input inputMode="numeric" autoComplete="off" maxLength={3} {...props} />;
  const persons = (props: object) => <Input inputMode="decimal" autoComplete="off" {...props} />;

  return (
    <ActionFormShell actionForm={actionForm} className="space-y-3">
      <SavedVersionNotice fields={actionForm.state.current !== undefined ? [{ label: t("savedNow", { year: String(year) }), value: savedNow }] : undefined} />
      {hidden("countryCode", "version", "year")}
      {rows.map((_row, index) => (
        <fieldset key={index} className="rounded-lg border border-slate-200 bg-white px-4 pt-1 pb-3">
          <legend className="px-1 text-sm font-semibold text-slate-700">{t("group", { number: index + 1 })}</legend>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {field(`groups.${index}.ageFrom`, t("ageFrom"), age)}
            {field(`groups.${index}.ageTo`, t("ageTo"), age)}
            {field(`groups.${index}.female`, t("female"), persons)}
            {field(`groups.${index}.male`, t("male"), persons)}
          </div>
        </fieldset>
      ))}
      <SubmitButton actionForm={actionForm} label={t("saveYear", { year: String(year) })} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
