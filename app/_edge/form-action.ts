/**
 * The one shape of a form's server action: find the actor, hand the submitted fields to one lib/ function,
 * refresh the pages that show what changed, and map a refusal into the form's state with what was typed.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/session";
import { formDataToObject, nestFields, typedValues } from "@/lib/validation/form-data";
import { type ActionState, actionErrorState } from "./action-state";

type Outcome = { countryCode: string; id?: string };

export async function runFormAction<Result extends Outcome>(
  formData: FormData,
  change: (db: Database, actor: Actor, input: Record<string, unknown>) => Promise<Result>,
  success: (result: Result) => Promise<string | undefined> = async () => undefined,
): Promise<ActionState> {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
    const result = await change(await getDb(), actor, nestFields(formDataToObject(formData)));
    // Everything under the country shows progress: its workspace, steps, milestones and timeline.
    revalidatePath(`/countries/${result.countryCode}`, "layout");
    return { status: "success", message: await success(result), id: result.id };
  } catch (error) {
    const state = await actionErrorState(error);
    // After a conflict the page is shown again too, so that around the form it shows the newer version.
    if (state.current !== undefined) revalidatePath("/countries", "layout");
    return { ...state, values: typedValues(formData) };
  }
}
