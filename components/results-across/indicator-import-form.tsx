"use client";
/**
 * Uploads an Open SDG or ILOSTAT file for a dry run, with the country (required for Open SDG, which does not name
 * it; for ILOSTAT it takes that country's rows only) and the column naming the series when the file has no Series
 * column. A refusal gives back the choices made; a file over the limit is refused before it is sent.
 */
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormShell, useFormAction } from "@/components/ui/form-shell";
import { Options } from "@/components/ui/options";
import type { ServerAction } from "@/lib/forms/action-state";

export type IndicatorImportFormLabels = {
  country: string;
  countryHint: string;
  anyCountry: string;
  seriesColumn: string;
  seriesColumnHint: string;
  file: string;
  fileHint: string;
  fileTooLarge: string;
  check: string;
  checking: string;
};

export function IndicatorImportForm({
  action,
  countries,
  maxBytes,
  labels,
}: {
  action: ServerAction;
  countries: { value: string; label: string }[];
  maxBytes: number;
  labels: IndicatorImportFormLabels;
}) {
  const { state, formAction, pending } = useFormAction(action);
  const [tooLarge, setTooLarge] = useState(false);
  const typed = state.values ?? {};
  return (
    <FormShell state={state} action={formAction} className="space-y-4" onSubmit={(event) => tooLarge && event.preventDefault()}>
      <Field id="indicator-import-country" label={labels.country} hint={labels.countryHint} error={state.fieldErrors?.countryCode}>
        <Select name="countryCode" defaultValue={typed.countryCode ?? ""}>
          <Options choices={countries} blank={labels.anyCountry} />
        </Select>
      </Field>
      <Field id="indicator-import-series-column" label={labels.seriesColumn} hint={labels.seriesColumnHint} error={state.fieldErrors?.seriesColumn}>
        <Input name="seriesColumn" defaultValue={typed.seriesColumn ?? ""} maxLength={100} className="max-w-xs" />
      </Field>
      <Field id="indicator-import-file" label={labels.file} hint={labels.fileHint} error={tooLarge ? labels.fileTooLarge : state.fieldErrors?.file}>
        <input
          name="file"
          type="file"
          required
          accept=".csv,text/csv"
          className="block w-full text-sm"
          onChange={(event) => setTooLarge((event.target.files?.[0]?.size ?? 0) > maxBytes)}
        />
      </Field>
      <Button type="submit" disabled={pending || tooLarge}>
        {pending ? labels.checking : labels.check}
      </Button>
    </FormShell>
  );
}
