"use client";
/**
 * Imports population figures from CSV: a file, or its text pasted (used when no file is chosen). A file over the
 * limit is refused before it is sent (with JavaScript). A refused file comes back with its problems listed by line
 * and column; the pasted text stays in the form, and without JavaScript a chosen file must be chosen again (a
 * browser does not keep it). A save over a newer version of the costing says so, and the form then names it.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import type * as z from "zod/mini";
import { SavedVersionNotice } from "@/components/support/conflict-notice";
import { ActionFormShell, useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { fieldRenderer } from "@/components/ui/form-fields";
import type { ServerAction } from "@/lib/forms/action-state";
import { lineProblems } from "./import-summary";
import { TitledSection } from "./titled-section";

type Values = { countryCode: string; version: string; text: string };

export function PopulationImportForm({ action, initial, maxBytes, maxRows }: { action: ServerAction; initial: Values; maxBytes: number; maxRows: number }) {
  const t = useTranslations("costingInputs.population");
  const schema = () => import("@/lib/validation/costing").then((module) => module.importPopulationSchema as unknown as z.ZodMiniType<unknown, Values>);
  const actionForm = useActionForm<Values>({ schema, action, defaultValues: initial });
  const { field, hidden } = fieldRenderer(actionForm, "population-import");
  const [tooLarge, setTooLarge] = useState(false);
  const maximum = maxBytes / 1024 / 1024;
  const problems = lineProblems(actionForm.state.fieldErrors);
  const fileError = tooLarge ? t("fileTooLarge", { maximum }) : actionForm.state.fieldErrors?.file;

  return (
    <ActionFormShell actionForm={actionForm} className="space-y-5">
      <SavedVersionNotice fields={actionForm.state.current !== undefined ? [{ label: t("conflictLabel"), value: t("conflictValue") }] : undefined} />
      {problems.length ? (
        <TitledSection id="population-problems" level={3} title={t("problemsTitle")} className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          <ul className="mt-2 max-h-96 list-disc space-y-1 overflow-y-auto pl-5">
            {problems.map((problem) => (
              <li key={`${problem.line}.${problem.column}`}>
                {t("problem", { line: String(problem.line), column: t(`columnNames.${problem.column}`), message: problem.message })}
              </li>
            ))}
          </ul>
        </TitledSection>
      ) : null}
      {hidden("countryCode", "version")}
      <Field id="population-import-file" label={t("file")} hint={t("fileHint", { maximum, rows: maxRows })} error={fileError}>
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          className="block w-full text-sm"
          {...actionForm.form.register("file" as never, { onChange: (event: { target: HTMLInputElement }) => setTooLarge((event.target.files?.[0]?.size ?? 0) > maxBytes) })}
        />
      </Field>
      {field("text", t("text"), (props) => <Textarea className="min-h-40 font-mono" spellCheck={false} wrap="off" {...props} />, t("textHint"))}
      <Button type="submit" disabled={actionForm.pending || tooLarge}>
        {actionForm.pending ? t("importing") : t("import")}
      </Button>
    </ActionFormShell>
  );
}
