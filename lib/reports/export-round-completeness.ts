/**
 * A reporting round's completeness as CSV or XLSX (issue 20): one row per country the round asks, by country code,
 * with where its report stands on the day (on time, late, returned, missing, pending), its status, when it was
 * submitted and decided, the due date and the days late. Read through the completeness view's own function; a round
 * asks at most `maximumRoundCountries` countries, so the file is one bounded batch. Across countries, so it needs
 * report.export everywhere, as the other exports across countries do.
 */
import type { Messages } from "next-intl";
import * as z from "zod/mini";
import type { Queryable } from "@/db/engine";
import type { Locale } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import { assertCan } from "@/lib/permissions";
import { daysBetween } from "@/lib/plans/plan-arithmetic";
import { getCompleteness } from "@/lib/rounds/completeness";
import type { ColumnType, ExportColumn, ExportRow, ExportTable } from "./tabular";

/** Headed in the reader's language by `roundCompletenessExport.<key>`. */
const column = (key: keyof Messages["roundCompletenessExport"], type: ColumnType, width?: number): ExportColumn => ({ key, label: `roundCompletenessExport.${key}`, type, width });

export const roundCompletenessColumns: ExportColumn[] = [
  column("round", "text", 30),
  column("country", "choice", 8),
  column("countryName", "text", 24),
  column("state", "choice", 10),
  column("status", "choice", 12),
  column("submittedAt", "timestamp", 18),
  column("decidedAt", "timestamp", 18),
  column("dueOn", "date", 12),
  column("daysLate", "integer"),
];

const query = z.object({ round: z.uuid(), today: z.optional(z.iso.date()) });

/** Days after the due date: of the submission for a late report, of the day for a missing one; none otherwise. */
function daysLate(state: string, submittedAt: Date | null, dueOn: string, today: string): number | null {
  if (state === "late" && submittedAt) return daysBetween(dueOn, submittedAt.toISOString().slice(0, 10));
  if (state === "missing") return daysBetween(dueOn, today);
  return null;
}

export async function exportRoundCompleteness(db: Queryable, actor: Actor, input: Record<string, unknown>, { locale }: { locale: Locale }): Promise<{ rowCount: number; table: ExportTable }> {
  const parsed = query.safeParse(input);
  // One round's completeness: the URL must name it.
  if (!parsed.success) throw notFound();
  assertCan(actor, "report.export", { countryCode: null });
  const completeness = await getCompleteness(db, actor, parsed.data.round, { today: parsed.data.today });
  const { round, today } = completeness;
  const rows: ExportRow[] = completeness.countries.map((country) => ({
    round: round.name,
    country: country.countryCode,
    countryName: localized(country.countryName, locale),
    state: country.state,
    status: country.status,
    submittedAt: country.submittedAt?.toISOString(),
    decidedAt: country.decidedAt?.toISOString(),
    dueOn: round.dueOn,
    daysLate: daysLate(country.state, country.submittedAt, round.dueOn, today),
  }));
  async function* batches(): AsyncGenerator<ExportRow[]> {
    if (rows.length > 0) yield rows;
  }
  return { rowCount: rows.length, table: { name: "round-completeness", title: "roundCompletenessExport.sheet", columns: roundCompletenessColumns, batches: batches() } };
}
