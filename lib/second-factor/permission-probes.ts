/**
 * The second factor's probe for lib/permissions.int.test.ts: a coordinator's reset, tried by each role on a person
 * who has a factor. The factor is written directly (its secret is never opened by a reset); the scope is not used.
 */
import type { Database } from "@/db/engine";
import { secondFactors } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { createPerson } from "@/lib/testing/test-database";
import { resetSecondFactor } from "./reset-second-factor";

type Probe = (db: Database, actor: Actor, scope: unknown) => Promise<unknown>;

export function secondFactorProbes(): Record<"secondFactor.reset", Probe> {
  return {
    "secondFactor.reset": async (db, actor) => {
      const person = await createPerson({ db }, { role: null });
      await db.insert(secondFactors).values({ userId: person.userId, secretEncrypted: "v1.probe.probe.probe", confirmedAt: new Date() });
      return resetSecondFactor(db, actor, { userId: person.userId, confirm: "on" }, { mailer: null });
    },
  };
}
