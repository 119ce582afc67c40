/**
 * The plans' probe for lib/permissions.int.test.ts: `plan.write` tried by each role in and out of scope, the
 * outcome compared with `can()`. A planned milestone is added: it needs no version, so allowed probes never meet.
 */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { stepOf } from "@/lib/testing/database";
import { addPlannedMilestone } from "./add-planned-milestone";

type Scope = { countryCode: string };
type Probe = (db: Database, actor: Actor, scope: Scope) => Promise<unknown>;

export function plansProbes(): Record<"plan.write", Probe> {
  return {
    "plan.write": async (db, actor, scope) =>
      addPlannedMilestone(db, actor, {
        countryCode: scope.countryCode,
        countryStepId: (await stepOf(db, scope.countryCode, "awareness")).id,
        title: "Probe: decree drafted",
        expectedOn: "2027-06-30",
      }),
  };
}
