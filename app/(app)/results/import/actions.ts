"use server";
/** Server actions of the indicator import: check an uploaded file (a dry run that keeps it), then apply it. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import { applyIndicatorFile, checkIndicatorFile } from "@/lib/results/import/indicator-import-files";
import type { ActionState } from "@/lib/forms/action-state";
import { uploadedFile } from "@/lib/imports/uploaded-file";

/** The check page of a kept file, with the choices it is planned with (they are part of its fingerprint). */
const checkPage = (fileId: string, choices: Record<string, unknown>, extra: Record<string, string> = {}) => {
  const query = new URLSearchParams(extra);
  for (const name of ["countryCode", "seriesColumn"]) {
    const value = choices[name];
    if (typeof value === "string" && value !== "") query.set(name, value);
  }
  return `/results/import/${fileId}?${query}`;
};

export async function checkIndicatorFileAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    async (db, actor, { file, ...choices }) => checkIndicatorFile(db, actor, { ...choices, ...(await uploadedFile(file)) }),
    ({ fileId, choices }) => redirect(checkPage(fileId, choices)),
    "results.import",
  );
}

export async function applyIndicatorFileAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const choices = Object.fromEntries(formData);
  return runFormAction(
    formData,
    (db, actor, input) => applyIndicatorFile(db, actor, input),
    ({ applied, plan }) => {
      const fileId = String(choices.fileId);
      // Something the dry run read changed since: the page shows the new plan, to apply again knowingly.
      if (!applied) redirect(checkPage(fileId, choices, { changed: "1" }));
      revalidatePath("/", "layout");
      return redirect(checkPage(fileId, choices, { added: String(plan.counts.add), updated: String(plan.counts.update) }));
    },
    "results.import",
  );
}
