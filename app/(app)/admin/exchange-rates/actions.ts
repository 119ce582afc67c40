"use server";
/** Server actions of the exchange rates' administration; lib/ checks the permission and the version. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import type { ActionState } from "@/lib/forms/action-state";
import { addExchangeRate } from "@/lib/funding/rates/add-exchange-rate";
import { editExchangeRate } from "@/lib/funding/rates/edit-exchange-rate";
import { applyExchangeRateImport, checkExchangeRateImport } from "@/lib/funding/rates/import-exchange-rates";
import { restoreExchangeRate, withdrawExchangeRate } from "@/lib/funding/rates/withdraw-exchange-rate";
import { updateFundingSettings } from "@/lib/funding/settings";
import { uploadedFile } from "@/lib/imports/uploaded-file";

/** Converted figures everywhere follow the rates and the settings: every page is refreshed. */
function backTo(path: string): never {
  revalidatePath("/", "layout");
  redirect(path);
}

export async function addExchangeRateAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addExchangeRate, ({ id }) => backTo(`/admin/exchange-rates/${id}?done=added`), "exchangeRate.manage");
}

export async function editExchangeRateAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editExchangeRate, ({ id }) => backTo(`/admin/exchange-rates/${id}?done=edited`), "exchangeRate.manage");
}

export async function withdrawExchangeRateAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawExchangeRate, ({ id }) => backTo(`/admin/exchange-rates/${id}?done=withdrawn`), "exchangeRate.manage");
}

export async function restoreExchangeRateAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, restoreExchangeRate, ({ id }) => backTo(`/admin/exchange-rates/${id}?done=restored`), "exchangeRate.manage");
}

export async function updateFundingSettingsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, updateFundingSettings, () => backTo("/admin/exchange-rates/settings?done=settingsSaved"), "settings.manage");
}

export async function checkExchangeRateImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    async (db, actor, { file }) => checkExchangeRateImport(db, actor, await uploadedFile(file)),
    ({ id }) => redirect(`/admin/exchange-rates/import/${id}`),
    "exchangeRate.manage",
  );
}

export async function applyExchangeRateImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    (db, actor, input) => applyExchangeRateImport(db, actor, { importId: input.importId }),
    () => backTo(`/admin/exchange-rates/import/${String(formData.get("importId"))}`),
    "exchangeRate.manage",
  );
}
