/**
 * The import's side of the IATI reader (lib/iati/read/): what a dry run knows about its agency and Socle's countries,
 * and the reader's classification and mapping called with it, so the rest of the import names one context.
 */
import { eq, isNotNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countries } from "@/db/schema";
import { classifyActivity } from "@/lib/iati/read/classify-activity";
import { mapActivity } from "@/lib/iati/read/map-activity";
import type { Classification, MappedEntry, ReadActivity } from "@/lib/iati/read/types";

export type IatiJudgeContext = {
  agencyId: string;
  agencyIatiRef: string;
  countryCodes: Set<string>;
  agenciesByIatiRef: Map<string, { id: string }>;
  sectorCodes: string[] | null;
  today: string;
  /** Identifier and country of every entry judged so far in this run: a repeat is not a second entry. */
  seen: Set<string>;
};

/** The context of an import for its agency, read once per run. */
export async function judgeContext(db: Queryable, input: { agencyId: string; sectorCodes: string[] | null; today?: string }): Promise<IatiJudgeContext> {
  const [countryRows, agencyRows] = await Promise.all([
    db.select({ code: countries.code }).from(countries),
    db.select({ id: agencies.id, iatiRef: agencies.iatiRef }).from(agencies).where(isNotNull(agencies.iatiRef)),
  ]);
  const agency = agencyRows.find((row) => row.id === input.agencyId);
  return {
    agencyId: input.agencyId,
    // An upload is refused for an agency without one; a ref removed since reads as nobody's.
    agencyIatiRef: agency?.iatiRef ?? "",
    countryCodes: new Set(countryRows.map((row) => row.code)),
    agenciesByIatiRef: new Map(agencyRows.map((row) => [row.iatiRef!.trim().toUpperCase(), { id: row.id }])),
    sectorCodes: input.sectorCodes,
    today: input.today ?? new Date().toISOString().slice(0, 10),
    seen: new Set(),
  };
}

export async function agencyIatiRef(db: Queryable, agencyId: string): Promise<string | null> {
  const [agency] = await db.select({ iatiRef: agencies.iatiRef }).from(agencies).where(eq(agencies.id, agencyId));
  return agency?.iatiRef?.trim() || null;
}

export function classifyFor(context: IatiJudgeContext, activity: ReadActivity): Classification {
  return classifyActivity(activity, { agencyIatiRef: context.agencyIatiRef, countryCodes: context.countryCodes, sectorCodes: context.sectorCodes });
}

export function mapFor(context: IatiJudgeContext, activity: ReadActivity): MappedEntry[] {
  return mapActivity(activity, {
    countryCodes: context.countryCodes,
    agenciesByIatiRef: context.agenciesByIatiRef,
    agencyIatiRef: context.agencyIatiRef,
    today: context.today,
  });
}
