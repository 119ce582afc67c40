"use server";
/** Server actions of the bulk import: check an uploaded file (a dry run), then apply it. */
import { redirect } from "next/navigation";
import { uploadedFile } from "@/lib/imports/uploaded-file";
import { applySupportImport, checkSupportImport } from "@/lib/support/import-support";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/app/_edge/form-action";

export async function checkImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    async (db, actor, { file }) => checkSupportImport(db, actor, await uploadedFile(file)),
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
