"use client";
/**
 * Sets what finances a package in every year of the costing's frame: for each year, an amount of each kind
 * (reallocated spending, new revenue, contributions, external support) with its source. A blank amount is none.
 * Checks as you type with the server's schema; without JavaScript the server answers and the form comes back as
 * typed. It names the costing's version: a change anywhere in the costing since shows who made it and keeps what was typed.
 */
import { useTranslations } from "next-intl";
import type { Path } from "react-hook-form";
import type * as z from "zod/mini";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Field, FieldError, Input } from "@/components/ui/field";
import type { FinancingCell } from "@/lib/costing/financing-form";
import type { ServerAction } from "@/lib/forms/action-state";

export type FinancingFormStart = { countryCode: string; version: number | string; packageId: string; rows: FinancingCell[] };

type Current = { financing?: FinancingCell[] };

export function FinancingForm({
  action,
  initial,
  currency,
  costs,
}: {
  action: ServerAction;
  initial: FinancingFormStart;
  currency: string;
  /** The package's cost of each year, formatted, to set the financing against. */
  costs: Record<number, string>;
}) {
  const t = useTranslations("costingPackages.financing");
  const schema = () => import("@/lib/validation/costing-scenarios").then((module) => module.financingFormSchema as unknown as z.ZodMiniType<unknown, FinancingFormStart>);
  const actionForm = useActionForm<FinancingFormStart>({ schema, action, defaultValues: initial });
  const { register } = actionForm.form;
  const current = actionForm.state.current as Current | undefined;
  const typed = actionForm.defaults as Record<string, unknown>;
  // After a refusal without JavaScript the cells come back flat ("rows.3.amount"); otherwise from the stored financing.
  const startOf = (index: number, key: keyof FinancingCell) => String(typed[`rows.${index}.${key}`] ?? initial.rows[index]?.[key] ?? "");
  const name = (index: number, key: keyof FinancingCell) => `rows.${index}.${key}` as Path<FinancingFormStart>;
  const years = [...new Set(initial.rows.map((row) => row.year))];

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-4xl space-y-5">
      <SavedVersionNotice
        fields={
          current && [
            ...(current.financing ?? []).map((row) => ({ label: `${row.year} · ${t(`kinds.${row.kind}`)}`, value: [row.amount, row.source].filter(Boolean).join(" — ") })),
            ...(current.financing?.length ? [] : [{ label: t("heading"), value: t("none") }]),
          ]
        }
      />
      {(["countryCode", "version", "packageId"] as const).map((field) => (
        <input key={field} type="hidden" defaultValue={String(initial[field])} {...register(field)} />
      ))}
      <p className="text-sm text-slate-600">{t("hint", { currency })}</p>
      {years.map((year) => (
        <fieldset key={year} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-base font-semibold">{year}</legend>
          {costs[year] ? <p className="text-sm text-slate-600">{t("cost", { cost: costs[year], currency })}</p> : null}
          {initial.rows.map((row, index) =>
            row.year !== year ? null : (
              <div key={row.kind} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
                <input type="hidden" defaultValue={String(row.year)} {...register(name(index, "year"))} />
                <input type="hidden" defaultValue={row.kind} {...register(name(index, "kind"))} />
                <Field id={`financing-${index}-amount`} label={t("amount", { kind: t(`kinds.${row.kind}`), currency })} error={actionForm.errorFor(name(index, "amount"))}>
                  <Input inputMode="decimal" autoComplete="off" defaultValue={startOf(index, "amount")} {...register(name(index, "amount"))} />
                </Field>
                <Field id={`financing-${index}-source`} label={t("source", { kind: t(`kinds.${row.kind}`) })} error={actionForm.errorFor(name(index, "source"))}>
                  <Input autoComplete="off" defaultValue={startOf(index, "source")} {...register(name(index, "source"))} />
                </Field>
                <FieldError error={actionForm.errorFor(name(index, "year")) ?? actionForm.errorFor(name(index, "kind"))} />
              </div>
            ),
          )}
        </fieldset>
      ))}
      <SubmitButton actionForm={actionForm} label={t("save")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
