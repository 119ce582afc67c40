/**
 * The results' probes for lib/permissions.int.test.ts: each action tried by each role in and out of scope, the
 * outcome compared with `can()`.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { indicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { addCatalogueIndicator, addNationalIndicator } from "./add-indicator";
import { type FollowedIndicator, followIndicator } from "./follow-indicator";
import { followedForValue } from "./followed-for-value";
import { proposeIndicatorValue } from "./propose-value";
import { insertIndicatorValue } from "./value-records";

type Scope = { countryCode: string };
type Probe = (db: Database, actor: Actor, scope: Scope) => Promise<unknown>;

export function resultsProbes(aCoordinator: () => Promise<Actor>): Record<"indicator.catalogue" | "results.write" | "results.propose" | "results.import", Probe> {
  return {
    "indicator.catalogue": (db, actor) =>
      addCatalogueIndicator(db, actor, { family: "spf_flagship", code: `PROBE_${randomUUID().slice(0, 8)}`, name: { en: "Probe result" }, unit: "persons" }),
    "results.write": (db, actor, scope) =>
      addNationalIndicator(db, actor, { countryCode: scope.countryCode, code: `PROBE_${randomUUID().slice(0, 8)}`, name: { en: "Probe indicator" }, unit: "persons" }),
    // Shared with all, so that a proposal is refused by the rule and not because the indicator is kept from the adviser.
    "results.propose": async (db, actor, scope) =>
      proposeIndicatorValue(db, actor, { countryIndicatorId: (await followedIn(db, scope, aCoordinator)).countryIndicator.id, period: "2023", value: "41.5" }),
    // The importers' one write of a value: a period of its own each time, so that allowed probes never meet.
    "results.import": async (db, actor, scope) => {
      const followed = await followedIn(db, scope, aCoordinator);
      return db.transaction(async (tx) =>
        insertIndicatorValue(
          tx,
          actor,
          await followedForValue(tx, actor, followed.countryIndicator.id),
          { period: `Probe ${randomUUID().slice(0, 8)}`, periodStart: "2022-01-01", periodEnd: "2022-12-31", sex: "total", value: "40", source: "ILOSTAT", note: "" },
          { origin: "ilostat", obsStatus: "B" },
        ),
      );
    },
  };
}

/** The scope's country follows SDG 1.3.1's child benefit series, shared with all: made once per country (and database) by a coordinator. */
const followed = new WeakMap<Database, Map<string, Promise<FollowedIndicator>>>();
function followedIn(db: Database, scope: Scope, aCoordinator: () => Promise<Actor>): Promise<FollowedIndicator> {
  if (!followed.has(db)) followed.set(db, new Map());
  const ofDatabase = followed.get(db)!;
  if (!ofDatabase.has(scope.countryCode)) {
    ofDatabase.set(
      scope.countryCode,
      (async () => {
        const [indicator] = await db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "SI_COV_CHLD"));
        const { id } = await followIndicator(db, await aCoordinator(), { countryCode: scope.countryCode, indicatorId: indicator!.id, sharingLevel: "all" });
        return db.transaction(async (tx) => followedForValue(tx, await aCoordinator(), id));
      })(),
    );
  }
  return ofDatabase.get(scope.countryCode)!;
}

