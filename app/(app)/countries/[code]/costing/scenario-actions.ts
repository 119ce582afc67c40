"use server";
/**
 * Server actions of the costing's scenarios, packages and financing: each calls one lib/ function, then goes to the
 * scenario's page, the package's page or (after a withdrawal) the costing's overview, saying what was done.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import { financingFromForm } from "@/lib/costing/financing-form";
import { addPackage } from "@/lib/costing/data/add-package";
import { addScenario } from "@/lib/costing/data/add-scenario";
import { editPackage } from "@/lib/costing/data/edit-package";
import { editScenario } from "@/lib/costing/data/edit-scenario";
import { setFinancing } from "@/lib/costing/data/set-financing";
import { withdrawPackage } from "@/lib/costing/data/withdraw-package";
import { restoreScenario, withdrawScenario } from "@/lib/costing/data/withdraw-scenario";
import type { ActionState } from "@/lib/forms/action-state";

function go(path: string): never {
  revalidatePath("/", "layout");
  return redirect(path);
}

const costingPage = (countryCode: string) => `/countries/${countryCode}/costing`;
const scenarioPage = (scenario: { id: string; countryCode: string }, done: string) => `${costingPage(scenario.countryCode)}/scenarios/${scenario.id}?done=${done}`;
const packagePage = (countryCode: string, id: string, done: string) => `${costingPage(countryCode)}/packages/${id}?done=${done}`;

export async function addScenarioAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addScenario, (scenario) => go(scenarioPage(scenario, "added")), "costing.write");
}

export async function editScenarioAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editScenario, (scenario) => go(scenarioPage(scenario, "saved")), "costing.write");
}

export async function withdrawScenarioAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawScenario, (scenario) => go(`${costingPage(scenario.countryCode)}?done=scenarioWithdrawn`), "costing.write");
}

export async function restoreScenarioAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, restoreScenario, (scenario) => go(scenarioPage(scenario, "restored")), "costing.write");
}

export async function addPackageAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, addPackage, (added) => go(packagePage(added.countryCode, added.id, "added")), "costing.write");
}

export async function editPackageAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, editPackage, (saved) => go(packagePage(saved.countryCode, saved.id, "saved")), "costing.write");
}

export async function withdrawPackageAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawPackage, (withdrawn) => go(`${costingPage(withdrawn.countryCode)}?done=packageWithdrawn`), "costing.write");
}

/** The financing form sends every cell of the frame; a blank one is none of that kind (lib/costing/financing-form.ts). */
export async function setFinancingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    (db, actor, input) => setFinancing(db, actor, financingFromForm(input)),
    (saved) => go(packagePage(saved.countryCode, saved.packageId, "financingSaved")),
    "costing.write",
  );
}
