/**
 * The reporting rounds' probes for lib/permissions.int.test.ts: each action tried by each role in and out of scope,
 * the outcome compared with `can()`. A report under review or accepted is made directly in the database, as the
 * thing the action is then tried on.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "@/db/engine";
import { countryReports } from "@/db/schema";
import type { CountryReportStatus } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { acceptReport } from "./decide-report";
import { openRound } from "./open-round";
import { reopenReportPeriod } from "./reopen-report-period";
import { saveReportNarrative } from "./save-report-narrative";

type Scope = { countryCode: string };
type Probe = (db: Database, actor: Actor, scope: Scope) => Promise<unknown>;

const roundInput = (countryCode: string) => ({
  name: `Probe round ${randomUUID().slice(0, 8)}`,
  periodStart: "2025-01-01",
  periodEnd: "2025-06-30",
  dueOn: "2025-07-31",
  reminderDaysBefore: 7,
  countryCodes: [countryCode],
});

/** A new round asking the scope's country, opened by a coordinator, with its report in the given status. */
async function reportIn(db: Database, scope: Scope, aCoordinator: () => Promise<Actor>, status: CountryReportStatus) {
  const coordinator = await aCoordinator();
  const round = await openRound(db, coordinator, roundInput(scope.countryCode));
  const [report] = await db
    .insert(countryReports)
    .values({ roundId: round.id, countryCode: scope.countryCode, status, locale: "en", createdById: coordinator.userId, submittedAt: new Date(), submittedById: coordinator.userId })
    .returning({ id: countryReports.id, version: countryReports.version });
  return report!;
}

export function roundsProbes(aCoordinator: () => Promise<Actor>): Record<"round.manage" | "report.write" | "report.review" | "period.reopen", Probe> {
  return {
    "round.manage": (db, actor, scope) => openRound(db, actor, roundInput(scope.countryCode)),
    // One round per probe: the first save makes the report, with no version to name.
    "report.write": async (db, actor, scope) => {
      const round = await openRound(db, await aCoordinator(), roundInput(scope.countryCode));
      return saveReportNarrative(db, actor, { roundId: round.id, countryCode: scope.countryCode, achievements: "Probe achievements" });
    },
    "report.review": async (db, actor, scope) => acceptReport(db, actor, await reportIn(db, scope, aCoordinator, "submitted")),
    "period.reopen": async (db, actor, scope) =>
      reopenReportPeriod(db, actor, { ...(await reportIn(db, scope, aCoordinator, "accepted")), reason: "Probe: a milestone's date was wrong" }),
  };
}
