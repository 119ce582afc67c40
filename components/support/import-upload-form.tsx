"use client";
/** Uploads a CSV or XLSX file for a dry run. With JavaScript, a file over the limit is refused before it is sent. */
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { checkImportAction } from "@/app/(app)/support/import/actions";
import type { ActionState } from "@/app/_edge/action-state-types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";

export function ImportUploadForm({ maxBytes }: { maxBytes: number }) {
  const t = useTranslations("import");
  const [state, formAction, pending] = useActionState(checkImportAction, { status: "idle" } satisfies ActionState);
  const [tooLarge, setTooLarge] = useState(false);
  const error = tooLarge ? t("fileTooLarge", { maximum: maxBytes / 1024 / 1024 }) : state.fieldErrors?.file;
  const hint = t("fileHint", { maximum: maxBytes / 1024 / 1024 });
  return (
    <form action={formAction} className="space-y-4" onSubmit={(event) => tooLarge && event.preventDefault()}>
      {state.status === "error" && state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <Field id="import-file" label={t("file")} hint={hint} error={error}>
        <input
          id="import-file"
          name="file"
          type="file"
          required
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="block w-full text-sm"
          onChange={(event) => setTooLarge((event.target.files?.[0]?.size ?? 0) > maxBytes)}
          {...describedBy("import-file", { hint, error })}
        />
      </Field>
      <Button type="submit" disabled={pending || tooLarge}>
        {pending ? t("checking") : t("check")}
      </Button>
    </form>
  );
}
