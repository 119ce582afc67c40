"use server";
/** Server actions of the inventory's re-import: check an uploaded spreadsheet (a dry run), then apply it. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import { applySchemeImport, checkSchemeImport } from "@/lib/assessment/import-schemes";
import type { ActionState } from "@/lib/forms/action-state";
import { uploadedFile } from "@/lib/imports/uploaded-file";

const checkPage = (countryCode: string, importId: string) => `/countries/${countryCode}/schemes/import/${importId}`;

export async function checkSchemeImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    async (db, actor, { countryCode, file }) => checkSchemeImport(db, actor, { countryCode, ...(await uploadedFile(file)) }),
    ({ id, countryCode }) => redirect(checkPage(countryCode, id)),
    "scheme.write",
  );
}

export async function applySchemeImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    (db, actor, { countryCode, importId }) => applySchemeImport(db, actor, { countryCode, importId }),
    ({ applied, countryCode }) => {
      if (!applied) redirect(checkPage(countryCode, String(formData.get("importId"))));
      revalidatePath("/", "layout");
      return redirect(`/countries/${countryCode}/schemes?done=imported`);
    },
    "scheme.write",
  );
}
