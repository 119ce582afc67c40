"use client";
/**
 * Sets the costing's frame (the first time, under version 0) or changes it: base year, horizon, currency and the
 * source of the population figures. Checks as you type with the server's schema; without JavaScript the server
 * answers and the form comes back as typed. A save over a newer version shows the frame saved meanwhile and keeps
 * what was typed, now naming the newer version, so saving again is a deliberate choice.
 */
import { useTranslations } from "next-intl";
import type * as z from "zod/mini";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { ActionFormShell, SubmitButton, useActionForm } from "@/components/ui/action-form";
import { Input, Textarea } from "@/components/ui/field";
import { fieldRenderer } from "@/components/ui/form-fields";
import type { ServerAction } from "@/lib/forms/action-state";

export type FrameFormValues = { countryCode: string; version: string; baseYear: string; horizonYear: string; currency: string; populationSource: string };
type SavedFrame = { baseYear: number; horizonYear: number; currency: string; populationSource: string };

export function FrameForm({
  action,
  initial,
  saved,
  currencies,
  maxHorizonYears,
}: {
  action: ServerAction;
  initial: FrameFormValues;
  /** The frame as it stands now (after a conflict, the one saved meanwhile); null before the first. */
  saved: SavedFrame | null;
  /** ISO 4217 codes offered while typing (the server checks the code in any case). */
  currencies: string[];
  maxHorizonYears: number;
}) {
  const t = useTranslations("costingInputs.frame");
  const schema = () => import("@/lib/validation/costing").then((module) => module.costingFrameSchema as unknown as z.ZodMiniType<unknown, FrameFormValues>);
  const actionForm = useActionForm<FrameFormValues>({ schema, action, defaultValues: initial });
  const { field, hidden } = fieldRenderer(actionForm, "costing-frame");
  const conflict = actionForm.state.current !== undefined;
  const year = (props: object) => <Input inputMode="numeric" autoComplete="off" maxLength={4} className="max-w-32" {...props} />;

  return (
    <ActionFormShell actionForm={actionForm} className="max-w-2xl space-y-5">
      <SavedVersionNotice
        fields={
          conflict
            ? saved
              ? [
                  { label: t("baseYear"), value: String(saved.baseYear) },
                  { label: t("horizonYear"), value: String(saved.horizonYear) },
                  { label: t("currency"), value: saved.currency },
                  { label: t("populationSource"), value: saved.populationSource },
                ]
              : []
            : undefined
        }
      />
      {hidden("countryCode", "version")}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("baseYear", t("baseYear"), year, t("baseYearHint"))}
        {field("horizonYear", t("horizonYear"), year, t("horizonYearHint", { maximum: maxHorizonYears }))}
      </div>
      {field("currency", t("currency"), (props) => <Input list="costing-currencies" autoComplete="off" maxLength={3} className="max-w-32 uppercase" {...props} />, t("currencyHint"))}
      <datalist id="costing-currencies">
        {currencies.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
      {field("populationSource", t("populationSource"), (props) => <Textarea className="min-h-16" maxLength={500} {...props} />, t("populationSourceHint"))}
      {saved ? <p className="text-sm text-slate-600">{t("changeNote")}</p> : null}
      <SubmitButton actionForm={actionForm} label={t("save")} pendingLabel={t("saving")} />
    </ActionFormShell>
  );
}
