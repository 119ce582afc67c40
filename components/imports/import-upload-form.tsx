"use client";
/**
 * Uploads a CSV or XLSX file for a dry run (the support import, the scheme inventory's): `fields` name its target.
 * With JavaScript, a file over the limit is refused before it is sent.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormShell, useFormAction } from "@/components/ui/form-shell";
import type { ServerAction } from "@/lib/forms/action-state";

export function ImportUploadForm({ action, maxBytes, fields = {} }: { action: ServerAction; maxBytes: number; fields?: Record<string, string> }) {
  const t = useTranslations("import");
  const { state, formAction, pending } = useFormAction(action);
  const [tooLarge, setTooLarge] = useState(false);
  const error = tooLarge ? t("fileTooLarge", { maximum: maxBytes / 1024 / 1024 }) : state.fieldErrors?.file;
  const hint = t("fileHint", { maximum: maxBytes / 1024 / 1024 });
  return (
    <FormShell state={state} action={formAction} className="space-y-4" onSubmit={(event) => tooLarge && event.preventDefault()}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field id="import-file" label={t("file")} hint={hint} error={error}>
        <input
          name="file"
          type="file"
          required
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="block w-full text-sm"
          onChange={(event) => setTooLarge((event.target.files?.[0]?.size ?? 0) > maxBytes)}
        />
      </Field>
      <Button type="submit" disabled={pending || tooLarge}>
        {pending ? t("checking") : t("check")}
      </Button>
    </FormShell>
  );
}
