"use server";
/** Server actions of the costing as a whole: sharing, validating at a dialogue, turning a package's gap into needs. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import { createNeedsFromPackage } from "@/lib/costing/data/create-needs";
import { shareCosting } from "@/lib/costing/data/share";
import { validateCosting } from "@/lib/costing/data/validate";
import type { ActionState } from "@/lib/forms/action-state";

function go(path: string): never {
  revalidatePath("/", "layout");
  return redirect(path);
}

export async function shareCostingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, shareCosting, (shared) => go(`/countries/${shared.countryCode}/costing?done=shared`), "costing.write");
}

export async function validateCostingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, validateCosting, (validated) => go(`/countries/${validated.countryCode}/costing/versions/${validated.number}?done=validated`), "costing.write");
}

export async function createNeedsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const packageId = String(formData.get("packageId") ?? "");
  return runFormAction(
    formData,
    createNeedsFromPackage,
    (result) => go(`/countries/${result.countryCode}/costing/packages/${packageId}?done=needsCreated&created=${result.created.length}#needs`),
    "costing.write",
  );
}
