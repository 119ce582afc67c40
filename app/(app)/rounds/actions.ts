"use server";
/**
 * Server actions of the reporting rounds: each calls one lib/ function, then goes to the round's page (or the list).
 * "All countries", ticked on the round form without JavaScript (which would tick every box itself), is read here as
 * every country the form offers.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_edge/form-action";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { listCountries } from "@/lib/countries/query-countries";
import type { ActionState } from "@/lib/forms/action-state";
import { editRound } from "@/lib/rounds/edit-round";
import { openRound } from "@/lib/rounds/open-round";
import { restoreRound } from "@/lib/rounds/restore-round";
import { withdrawRound } from "@/lib/rounds/withdraw-round";

function go(path: string): never {
  revalidatePath("/", "layout");
  return redirect(path);
}

type Change<Result> = (db: Database, actor: Actor, input: Record<string, unknown>) => Promise<Result>;

/** The change, with every country asked when "all countries" was ticked. */
function withAllCountries<Result>(change: Change<Result>): Change<Result> {
  return async (db, actor, input) => {
    if (input.allCountries !== "on") return change(db, actor, input);
    const everyCountry = await listCountries(db, actor, { locale: "en" });
    return change(db, actor, { ...input, countryCodes: everyCountry.map((country) => country.code) });
  };
}

export async function openRoundAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withAllCountries(openRound), (round) => go(`/rounds/${round.id}?done=opened`), "round.manage");
}

export async function editRoundAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withAllCountries(editRound), (round) => go(`/rounds/${round.id}?done=saved`), "round.manage");
}

export async function withdrawRoundAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, withdrawRound, () => go("/rounds?done=withdrawn"), "round.manage");
}

export async function restoreRoundAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, restoreRound, (round) => go(`/rounds/${round.id}?done=restored`), "round.manage");
}
