"use server";
/** Server actions of the bulk import: check an uploaded file (a dry run), then apply it. */
import { redirect } from "next/navigation";
import { invalid } from "@/lib/errors";
import { applySupportImport, checkSupportImport } from "@/lib/support/import-support";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/app/_edge/form-action";

export async function checkImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    async (db, actor, { file }) => {
      if (!(file instanceof File) || file.size === 0) throw invalid({ file: file instanceof File && file.name ? "import.fileEmpty" : "import.fileMissing" });
      return checkSupportImport(db, actor, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    },
    ({ id }) => redirect(`/support/import/${id}`),
    "support.write",
  );
}

export async function applyImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    (db, actor, input) => applySupportImport(db, actor, { importId: input.importId }),
    () => redirect(`/support/import/${String(formData.get("importId"))}`),
    "support.write",
  );
}
