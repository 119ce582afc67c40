"use client";
/**
 * Every step's planned start and end in one form, a row per step in the country's order (a table that stacks on a
 * phone). Each row carries the version of the step's plan it was read at; blank dates leave the step unplanned.
 * Checks as you type with the server's schema; without JavaScript the server answers and the form comes back as
 * typed. A save over a plan changed meanwhile keeps what was typed, lists the steps changed, and takes their new
 * versions (the page brings them), so that saving again is a deliberate choice.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import type * as z from "zod/mini";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import type { ConflictField } from "@/components/ui/conflict-notice";
import { FieldError, Input } from "@/components/ui/field";
import type { ServerAction } from "@/lib/forms/action-state";

export type StepPlanRow = { countryStepId: string; number: number; title: string; version: number; plannedStart: string; plannedEnd: string };

/** The form's fields by their posted names ("steps.0.plannedStart"), so that they show without JavaScript too. */
type Values = Record<string, string>;

function flatValues(countryCode: string, rows: StepPlanRow[]): Values {
  const values: Values = { countryCode };
  rows.forEach((row, index) => {
    values[`steps.${index}.countryStepId`] = row.countryStepId;
    values[`steps.${index}.plannedStart`] = row.plannedStart;
    values[`steps.${index}.plannedEnd`] = row.plannedEnd;
  });
  return values;
}

export function StepPlansForm({ action, countryCode, rows }: { action: ServerAction; countryCode: string; rows: StepPlanRow[] }) {
  const t = useTranslations("plans.steps");
  const schema = () => import("@/lib/validation/step-plans").then((module) => module.stepPlansFormSchema as unknown as z.ZodMiniType<unknown, Values>);
  // The rows the form started from: after a conflict, `rows` are the plan as saved meanwhile.
  const [startRows] = useState(rows);
  const actionForm = useActionForm<Values>({ schema, action, defaultValues: flatValues(countryCode, rows) });
  const { form, defaults, errorFor } = actionForm;
  const valueOf = (name: string) => String((defaults as Record<string, unknown>)[name] ?? "");
  const shown = (value: string) => value || t("notPlanned");

  /**
   * The steps whose dates differ from those the form started from, led by the one the conflict names (the only one
   * known when the page came back without JavaScript).
   */
  const savedMeanwhile = (): ConflictField[] => {
    const named = actionForm.state.current as { countryStepId?: string; plannedStart?: string | null; plannedEnd?: string | null } | undefined;
    const line = (row: StepPlanRow, start: string, end: string) => ({ label: `${row.number}. ${row.title}`, value: `${t("start")}: ${shown(start)}\n${t("end")}: ${shown(end)}` });
    const namedRow = rows.find((row) => row.countryStepId === named?.countryStepId);
    const changed = rows.flatMap((row) => {
      const start = startRows.find((candidate) => candidate.countryStepId === row.countryStepId);
      if (row === namedRow || !start || (start.plannedStart === row.plannedStart && start.plannedEnd === row.plannedEnd)) return [];
      return [line(row, row.plannedStart, row.plannedEnd)];
    });
    const all = [...(namedRow ? [line(namedRow, named?.plannedStart ?? "", named?.plannedEnd ?? "")] : []), ...changed];
    return all.length ? all : [{ label: t("nothingMeanwhile"), value: t("nothingMeanwhileValue") }];
  };

  const dateCell = (index: number, row: StepPlanRow, part: "plannedStart" | "plannedEnd") => {
    const name = `steps.${index}.${part}`;
    const id = `step-plan-${index}-${part}`;
    const error = errorFor(name);
    return (
      <td className="ui-td" data-label={part === "plannedStart" ? t("start") : t("end")}>
        <label htmlFor={id} className="sr-only">
          {t(part === "plannedStart" ? "startOf" : "endOf", { step: `${row.number}. ${row.title}` })}
        </label>
        <Input
          id={id}
          type="date"
          className="sm:w-44"
          defaultValue={valueOf(name)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...form.register(name)}
        />
        <FieldError id={`${id}-error`} error={error} />
      </td>
    );
  };

  return (
    <ActionFormShell actionForm={actionForm} className="space-y-4">
      <SavedVersionNotice fields={actionForm.state.current !== undefined ? savedMeanwhile() : undefined} />
      <input type="hidden" defaultValue={valueOf("countryCode")} {...form.register("countryCode")} />
      <div className="ui-table">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col" className="ui-th">
                {t("step")}
              </th>
              <th scope="col" className="ui-th">
                {t("start")}
              </th>
              <th scope="col" className="ui-th">
                {t("end")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.countryStepId} data-step={row.countryStepId}>
                <th scope="row" className="ui-td font-medium">
                  {row.number}. {row.title}
                  <input type="hidden" defaultValue={valueOf(`steps.${index}.countryStepId`)} {...form.register(`steps.${index}.countryStepId`)} />
                  {/* Not bound to the form's values: after a conflict it takes the version the page now brings. */}
                  <input type="hidden" name={`steps.${index}.version`} value={String(row.version)} />
                </th>
                {dateCell(index, row, "plannedStart")}
                {dateCell(index, row, "plannedEnd")}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SubmitButton actionForm={actionForm} label={t("save")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
