/**
 * Applies an import of indicator values (decision 1910) in one transaction, or nothing: the file planned again
 * inside it, refused (CONFLICT, with the new plan) when anything the dry run read has changed since, then the
 * indicators the file brings followed, and every value added or updated through the results' own writes, each
 * with its audit entry. Applying the same file again finds every row unchanged and writes nothing.
 */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { followIndicatorSchema } from "@/lib/validation/results";
import type { CountryIndicatorRow } from "../country-indicator-records";
import { updateIndicatorValue } from "../edit-value";
import { insertCountryIndicator } from "../follow-indicator";
import { insertIndicatorValue, valueForChange } from "../value-records";
import { type IndicatorImportFile, type IndicatorImportOptions, type IndicatorImportPlan, importOrigin, planWithWrites } from "./plan-indicator-import";

export type ApplyIndicatorImportOptions = IndicatorImportOptions & {
  /** The dry run's fingerprint: the apply goes ahead only while what it read is unchanged. */
  fingerprint: string;
};

export async function applyIndicatorImport(db: Database, actor: Actor, file: IndicatorImportFile, options: ApplyIndicatorImportOptions): Promise<IndicatorImportPlan> {
  return db.transaction(async (tx) => {
    const { plan, writes } = await planWithWrites(tx, actor, file, options);
    if (plan.fingerprint !== options.fingerprint) throw conflict(plan);
    // Published statistics: an indicator an import follows is read by everyone, as the file already is.
    const followedNow = new Map<string, CountryIndicatorRow>();
    for (const follow of plan.follows) {
      const write = writes.find((candidate) => candidate.countryCode === follow.countryCode && candidate.indicator.code === follow.indicatorCode)!;
      const values = parseInput(followIndicatorSchema, { countryCode: follow.countryCode, indicatorId: write.indicator.id, sharingLevel: "all" });
      const { countryIndicator } = await insertCountryIndicator(tx, actor, values, { fromImport: true });
      followedNow.set(`${follow.countryCode}|${follow.indicatorCode}`, countryIndicator);
    }
    const origin = importOrigin(plan.layout);
    for (const write of writes) {
      if (write.current) {
        const context = await valueForChange(tx, actor, write.current.id);
        if (context.value.version !== write.current.version) throw conflict(plan);
        await updateIndicatorValue(tx, actor, context, write.fields, { fromImport: true, obsStatus: write.obsStatus });
      } else {
        const countryIndicator = write.countryIndicator ?? followedNow.get(`${write.countryCode}|${write.indicator.code}`)!;
        await insertIndicatorValue(tx, actor, { countryIndicator, indicator: write.indicator }, write.fields, { origin, obsStatus: write.obsStatus });
      }
    }
    return plan;
  });
}
