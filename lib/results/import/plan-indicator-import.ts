/**
 * The dry run of an import of indicator values (decision 1910): the file read, and each row decided "add" (no
 * accepted value for its country, indicator, period and sex yet), "update" (one there differs) or "skip" (with why:
 * the reader's reasons, a country not in Socle, a sex the indicator is not broken down by, or unchanged). A row of
 * an indicator the country does not follow yet is added, and the apply follows the indicator first. Reads only;
 * its fingerprint lets the apply refuse when a row would be decided otherwise since.
 */
import { createHash } from "node:crypto";
import { and, eq, inArray, isNull, or } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countryIndicators, indicators, indicatorValues } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import type { MessageKey } from "@/lib/i18n/message-key";
import { assertCan } from "@/lib/permissions";
import { countryCodeSchema } from "@/lib/validation/countries";
import { checkInput, parseInput } from "@/lib/validation/parse";
import { normalizeFigure, recordValueSchema, type ValueFields } from "@/lib/validation/results";
import type { CountryIndicatorRow } from "../country-indicator-records";
import type { IndicatorRow } from "../indicator-records";
import type { IndicatorValueRow } from "../value-records";
import { type IndicatorFileLayout, isSkipped, type MappedRow, skipKey, type SkipReason } from "./indicator-file";
import { readIndicatorFile } from "./read-indicator-file";

/**
 * `countryCode`: the country an Open SDG file is about (required for one); given with an ILOSTAT file, only that
 * country's rows are taken. `seriesColumn`: the column naming an Open SDG row's series when it has no Series column.
 */
export type IndicatorImportOptions = { countryCode?: unknown; seriesColumn?: string };
export type IndicatorImportFile = { bytes: Uint8Array };
export type IndicatorImportAction = "add" | "update" | "skip";

type RowIdentity = { line: number; countryCode: string; indicatorCode: string; period: string; sex: MappedRow["sex"]; value: string };
export type PlannedIndicatorRow =
  | (RowIdentity & { action: "add"; follow: boolean })
  | (RowIdentity & { action: "update"; valueId: string; version: number; before: string; changes: string[] })
  | { line: number; action: "skip"; reason: MessageKey; detail: string | null };

/** An indicator the apply starts following for a country, because the file brings its values. */
export type IndicatorToFollow = { countryCode: string; indicatorCode: string };

export type IndicatorImportPlan = {
  layout: IndicatorFileLayout;
  rowCount: number;
  rows: PlannedIndicatorRow[];
  follows: IndicatorToFollow[];
  counts: Record<IndicatorImportAction, number>;
  /** Of the file, its options and every row's decision: the apply goes ahead only on the same. */
  fingerprint: string;
};

/** What the apply writes for a row to add or update, beside the report's plain rows. */
export type PlannedWrite = { line: number; countryCode: string; fields: ValueFields; obsStatus: string | null; indicator: IndicatorRow; countryIndicator: CountryIndicatorRow | null; current: IndicatorValueRow | null };
export type PlanWithWrites = { plan: IndicatorImportPlan; writes: PlannedWrite[] };

/** The origin an imported value records: the layout it came in. */
export const importOrigin = (layout: IndicatorFileLayout) => (layout === "open_sdg" ? "open_sdg" : "ilostat");

/** Live indicators the file may name: the catalogue's and, for an Open SDG file, the country's national ones. */
async function knownIndicators(db: Queryable, countryCode: string | undefined): Promise<IndicatorRow[]> {
  const scope = countryCode ? or(isNull(indicators.countryCode), eq(indicators.countryCode, countryCode)) : isNull(indicators.countryCode);
  return db.select().from(indicators).where(and(isNull(indicators.deletedAt), scope));
}

const slotKey = (countryIndicatorId: string, period: string, sex: string) => `${countryIndicatorId}|${period}|${sex}`;

/** The fields a value would have from this row, or why it cannot (a text longer than a value holds). */
function valueFieldsOf(row: MappedRow, current: IndicatorValueRow | null): ValueFields | string {
  const checked = checkInput(recordValueSchema, {
    countryIndicatorId: "00000000-0000-4000-8000-000000000000",
    period: row.period,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    sex: row.sex,
    value: row.value,
    source: row.source,
    // A file without a note keeps the one a person wrote.
    note: row.note ?? current?.note ?? "",
    evidenceUrl: current?.evidenceUrl ?? "",
  });
  if (checked.errors) return Object.keys(checked.errors)[0] ?? "value";
  const { countryIndicatorId: _unused, ...fields } = checked.data;
  return fields;
}

/** What an update changes, by the names the report shows. */
function changesOf(current: IndicatorValueRow, fields: ValueFields, obsStatus: string | null): string[] {
  const changes: string[] = [];
  if (normalizeFigure(current.value) !== fields.value) changes.push("value");
  if (current.periodStart !== fields.periodStart || current.periodEnd !== fields.periodEnd) changes.push("period");
  if (current.source !== fields.source) changes.push("source");
  if (current.note !== fields.note) changes.push("note");
  if ((current.obsStatus ?? null) !== obsStatus) changes.push("obsStatus");
  return changes;
}

export async function planIndicatorImport(db: Queryable, actor: Actor, file: IndicatorImportFile, options: IndicatorImportOptions = {}): Promise<IndicatorImportPlan> {
  return (await planWithWrites(db, actor, file, options)).plan;
}

/** The plan, and for the apply the records each row's write starts from. */
export async function planWithWrites(db: Queryable, actor: Actor, file: IndicatorImportFile, options: IndicatorImportOptions): Promise<PlanWithWrites> {
  const countryCode = options.countryCode === undefined || options.countryCode === "" ? undefined : parseInput(countryCodeSchema, options.countryCode);
  assertCan(actor, "results.import", countryCode ? { countryCode } : {});
  // The catalogue's first: a national indicator of the same code shadows it for its own country, here and in the reader.
  const known = (await knownIndicators(db, countryCode)).sort((a, b) => Number(a.countryCode !== null) - Number(b.countryCode !== null));
  const read = readIndicatorFile(file.bytes, {
    countryCode,
    seriesColumn: options.seriesColumn,
    indicators: known.map((indicator) => ({
      code: indicator.code,
      unit: indicator.unit,
      names: indicator.countryCode ? Object.values(indicator.name).filter((name): name is string => Boolean(name)) : undefined,
    })),
  });
  const indicatorByCode = new Map(known.map((indicator) => [indicator.code, indicator]));
  const mapped = read.rows.filter((row): row is MappedRow => !isSkipped(row));
  const countryCodes = [...new Set(mapped.map((row) => row.countryCode))];
  const inSocle = new Set(countryCodes.length ? (await db.select({ code: countries.code }).from(countries).where(inArray(countries.code, countryCodes))).map((row) => row.code) : []);
  const indicatorIds = [...new Set(mapped.map((row) => indicatorByCode.get(row.indicatorCode)?.id).filter((id): id is string => Boolean(id)))];
  const followed =
    inSocle.size && indicatorIds.length
      ? await db
          .select()
          .from(countryIndicators)
          .where(and(inArray(countryIndicators.countryCode, [...inSocle]), inArray(countryIndicators.indicatorId, indicatorIds), isNull(countryIndicators.deletedAt)))
      : [];
  const followedBy = new Map(followed.map((row) => [`${row.countryCode}|${row.indicatorId}`, row]));
  const values = followed.length
    ? await db
        .select()
        .from(indicatorValues)
        .where(and(inArray(indicatorValues.countryIndicatorId, followed.map((row) => row.id)), eq(indicatorValues.status, "accepted"), isNull(indicatorValues.deletedAt)))
    : [];
  const valueBySlot = new Map(values.map((value) => [slotKey(value.countryIndicatorId, value.period, value.sex), value]));

  const rows: PlannedIndicatorRow[] = [];
  const writes: PlannedWrite[] = [];
  const follows = new Map<string, IndicatorToFollow>();
  const skip = (line: number, reason: SkipReason, detail: string | null = null) => rows.push({ line, action: "skip", reason: skipKey(reason), detail });
  for (const row of read.rows) {
    if (isSkipped(row)) {
      rows.push({ line: row.line, action: "skip", reason: row.skip, detail: row.detail });
      continue;
    }
    const indicator = indicatorByCode.get(row.indicatorCode);
    if (!indicator) {
      skip(row.line, "unknownSeries", row.indicatorCode);
      continue;
    }
    // An ILOSTAT file of every country imported for one country gives that country's rows only.
    if (countryCode && row.countryCode !== countryCode) {
      skip(row.line, "otherCountry", row.countryCode);
      continue;
    }
    if (!inSocle.has(row.countryCode)) {
      skip(row.line, "countryNotInSocle", row.countryCode);
      continue;
    }
    if (row.sex !== "total" && !indicator.sexBreakdown) {
      skip(row.line, "sexNotBrokenDown", row.sex);
      continue;
    }
    const countryIndicator = followedBy.get(`${row.countryCode}|${indicator.id}`) ?? null;
    const current = countryIndicator ? (valueBySlot.get(slotKey(countryIndicator.id, row.period, row.sex)) ?? null) : null;
    const fields = valueFieldsOf(row, current);
    if (typeof fields === "string") {
      skip(row.line, "rowInvalid", fields);
      continue;
    }
    const identity: RowIdentity = { line: row.line, countryCode: row.countryCode, indicatorCode: indicator.code, period: row.period, sex: row.sex, value: fields.value };
    if (!current) {
      if (!countryIndicator) follows.set(`${row.countryCode}|${indicator.code}`, { countryCode: row.countryCode, indicatorCode: indicator.code });
      rows.push({ ...identity, action: "add", follow: !countryIndicator });
    } else {
      const changes = changesOf(current, fields, row.obsStatus);
      if (changes.length === 0) {
        skip(row.line, "unchanged");
        continue;
      }
      rows.push({ ...identity, action: "update", valueId: current.id, version: current.version, before: current.value, changes });
    }
    writes.push({ line: row.line, countryCode: row.countryCode, fields, obsStatus: row.obsStatus, indicator, countryIndicator, current });
  }

  const counts = { add: 0, update: 0, skip: 0 };
  for (const row of rows) counts[row.action]++;
  const followList = [...follows.values()];
  // What the apply must find again: the same file and options, and the same decision on every row, an update
  // against the same version. A change elsewhere in the country's values does not stop it.
  const fingerprint = createHash("sha256")
    .update(file.bytes)
    .update(JSON.stringify([countryCode ?? null, options.seriesColumn ?? null, rows, followList]))
    .digest("hex");
  return { plan: { layout: read.layout, rowCount: read.rows.length, rows, follows: followList, counts, fingerprint }, writes };
}
