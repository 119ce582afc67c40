"use client";
/**
 * Every year's figures of the costing in one form: nominal GDP, government expenditure, inflation (a percentage) and
 * the poverty line, each followed by its source. Each year is a fieldset whose fields wrap on a phone, in the order
 * the keyboard takes them. A blank figure is not known. Checks as you type with the server's schema; without
 * JavaScript the server answers and the form comes back as typed. A save over a newer version of the costing keeps
 * what was typed and shows the years whose figures were saved meanwhile.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import type * as z from "zod/mini";
import type { ConflictField } from "@/components/ui/conflict-notice";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Input } from "@/components/ui/field";
import { fieldRenderer } from "@/components/ui/form-fields";
import type { ServerAction } from "@/lib/forms/action-state";

const figures = ["gdp", "governmentExpenditure", "inflation", "povertyLine"] as const;
type FigureName = (typeof figures)[number];
type SourceName = `${FigureName}Source`;

/** A year's figures as typed: amounts with spaces between thousands, inflation as a percentage, blank when not known. */
export type YearFormRow = { year: number } & Record<FigureName | SourceName, string>;

/** The form's fields by their posted names ("years.0.gdp"), so that they show without JavaScript too. */
type Values = Record<string, string>;

function flatValues(countryCode: string, version: number, rows: YearFormRow[]): Values {
  const values: Values = { countryCode, version: String(version) };
  rows.forEach((row, index) => {
    for (const [name, value] of Object.entries(row)) values[`years.${index}.${name}`] = String(value);
  });
  return values;
}

export function YearFiguresForm({ action, countryCode, version, currency, rows }: { action: ServerAction; countryCode: string; version: number; currency: string; rows: YearFormRow[] }) {
  const t = useTranslations("costingInputs.years");
  const schema = () => import("@/lib/validation/costing").then((module) => module.setYearFiguresSchema as unknown as z.ZodMiniType<unknown, Values>);
  // The rows the form started from: after a conflict, `rows` are the years as saved meanwhile.
  const [startRows] = useState(rows);
  const actionForm = useActionForm<Values>({ schema, action, defaultValues: flatValues(countryCode, version, rows) });
  const { field, hidden } = fieldRenderer(actionForm, "year-figures");
  const label = (name: FigureName | SourceName) => t(`fields.${name}`, { code: currency });
  const shown = (value: string) => value || t("notKnown");

  /** The years whose figures differ from those the form started from, each changed field on its line. */
  const savedMeanwhile = (): ConflictField[] => {
    const changed = rows.flatMap((row) => {
      const start = startRows.find((candidate) => candidate.year === row.year);
      const lines = (Object.keys(row) as (keyof YearFormRow)[])
        .filter((name): name is FigureName | SourceName => name !== "year" && start?.[name] !== row[name])
        .map((name) => `${label(name)}: ${shown(row[name])}`);
      return lines.length ? [{ label: String(row.year), value: lines.join("\n") }] : [];
    });
    return changed.length ? changed : [{ label: t("conflictNone"), value: t("conflictNoneValue") }];
  };

  return (
    <ActionFormShell actionForm={actionForm} className="space-y-5">
      <SavedVersionNotice fields={actionForm.state.current !== undefined ? savedMeanwhile() : undefined} />
      {hidden("countryCode", "version")}
      {rows.map((row, index) => (
        <fieldset key={row.year} className="rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-base font-semibold">{row.year}</legend>
          {hidden(`years.${index}.year`)}
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            {figures.map((name) => (
              <div key={name} className="space-y-2">
                {field(`years.${index}.${name}`, label(name), (props) => (
                  <Input inputMode={name === "inflation" ? "text" : "decimal"} autoComplete="off" {...props} />
                ))}
                {field(`years.${index}.${name}Source`, label(`${name}Source`), (props) => (
                  <Input autoComplete="off" maxLength={500} {...props} />
                ))}
              </div>
            ))}
          </div>
        </fieldset>
      ))}
      <SubmitButton actionForm={actionForm} label={t("save")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
