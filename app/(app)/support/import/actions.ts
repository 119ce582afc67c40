"use server";
/** Server actions of the bulk import: check an uploaded file (a dry run), then apply it. */
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { AppError, invalid } from "@/lib/errors";
import { applySupportImport, checkSupportImport } from "@/lib/support/import-support";
import { getActor } from "@/lib/session";
import { type ActionState, actionErrorState } from "../../../_edge/action-state";

async function signedIn() {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  return actor;
}

export async function checkImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    const actor = await signedIn();
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw invalid({ file: file instanceof File && file.name ? "import.fileEmpty" : "import.fileMissing" });
    ({ id } = await checkSupportImport(await getDb(), actor, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
  } catch (error) {
    return actionErrorState(error);
  }
  redirect(`/support/import/${id}`);
}

export async function applyImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const importId = formData.get("importId");
  try {
    await applySupportImport(await getDb(), await signedIn(), { importId });
  } catch (error) {
    return actionErrorState(error);
  }
  redirect(`/support/import/${String(importId)}`);
}
