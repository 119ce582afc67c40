"use server";
/** Server actions of the framework administration: preview or publish a new version, move countries to it. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { moveCountriesToFramework } from "@/lib/framework/move-countries-to-framework";
import { previewFrameworkVersion, publishFrameworkVersion } from "@/lib/framework/publish-framework-version";
import { typedValues } from "@/lib/validation/form-data";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction, succeeded } from "@/app/_edge/form-action";

/** One form, two buttons: the preview hands back what was typed with the changes; publishing saves and reloads. */
export async function frameworkVersionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (formData.get("intent") === "publish") {
    return runFormAction(formData, publishFrameworkVersion, ({ number }) => {
      revalidatePath("/", "layout");
      redirect(`/admin/framework?published=${number}`);
    }, "framework.manage");
  }
  return runFormAction(
    formData,
    previewFrameworkVersion,
    (preview) => succeeded(undefined, { ...typedValues(formData), data: { preview: JSON.stringify(preview) } }),
    "framework.manage",
  );
}

export async function moveCountriesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, moveCountriesToFramework, async ({ moved }) => {
    revalidatePath("/", "layout");
    const t = await getTranslations("frameworkAdmin");
    return succeeded(t("moved", { count: moved.length, number: Number(formData.get("versionNumber")) }));
  }, "framework.manage");
}
