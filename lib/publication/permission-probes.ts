/**
 * The public pages' probe for lib/permissions.int.test.ts: `country.publish` tried by each role on a country, the
 * outcome compared with `can()`. Each allowed probe turns the switch over, over the quality check's warnings.
 */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { changeCountryPublication, getCountryPublication } from "./publish-country";

type Probe = (db: Database, actor: Actor, scope: { countryCode: string }) => Promise<unknown>;

export function publicationProbes(): Record<"country.publish", Probe> {
  return {
    "country.publish": async (db, actor, scope) => {
      const { publication } = await getCountryPublication(db, actor, scope.countryCode);
      return changeCountryPublication(db, actor, { country: scope.countryCode, published: !publication.published, version: publication.version, publishAnyway: true });
    },
  };
}
