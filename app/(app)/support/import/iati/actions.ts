"use server";
/** The IATI import's server action: apply a dry run (the upload is a route: upload/route.ts). */
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import { applyIatiImport } from "@/lib/iati/import/apply-iati-import";
import type { ActionState } from "@/lib/forms/action-state";

export async function applyIatiImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    (db, actor, input) => applyIatiImport(db, actor, { importId: input.importId }),
    ({ id }) => redirect(`/support/import/iati/${id}`),
    "support.importIati",
  );
}
