/**
 * Reading a country's inventory of schemes: the live schemes the reader may see by the sharing rule
 * (lib/sharing/visibility.ts), filtered by guarantee and status, or one scheme by id. Withdrawn schemes are read
 * only by those who may restore them.
 */
import { and, arrayContains, asc, eq, getTableColumns, isNotNull, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, schemes } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan, can } from "@/lib/permissions";
import { isRecordId } from "@/lib/progress/records";
import { schemeVisibleTo } from "@/lib/sharing/visibility";
import { countryCodeSchema } from "@/lib/validation/countries";
import { schemeListQuery } from "@/lib/validation/schemes";

/** A scheme as it is read: every column but the search document. */
export type SchemeView = Omit<typeof schemes.$inferSelect, "searchVector">;

const { searchVector: _searchVector, ...viewColumns } = getTableColumns(schemes);

/** The country an address names, once it is known to exist and the reader may read it; NOT_FOUND otherwise. */
async function readableCountry(db: Queryable, actor: Actor, countryCode: unknown): Promise<string> {
  const code = countryCodeSchema.safeParse(countryCode);
  if (!code.success) throw notFound();
  assertCan(actor, "country.read", { countryCode: code.data });
  const [country] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, code.data));
  if (!country) throw notFound();
  return country.code;
}

/**
 * The country's schemes the actor may read, by national name. `withdrawn` lists the withdrawn ones instead, for
 * those who may restore them (FORBIDDEN for others).
 */
export async function listSchemes(
  db: Queryable,
  actor: Actor,
  countryCode: unknown,
  filters: { guarantee?: unknown; status?: unknown; withdrawn?: boolean } = {},
): Promise<SchemeView[]> {
  const code = await readableCountry(db, actor, countryCode);
  if (filters.withdrawn) assertCan(actor, "scheme.write", { countryCode: code });
  const { guarantee, status } = schemeListQuery.parse(filters);
  return db
    .select(viewColumns)
    .from(schemes)
    .where(
      and(
        eq(schemes.countryCode, code),
        filters.withdrawn ? isNotNull(schemes.deletedAt) : isNull(schemes.deletedAt),
        schemeVisibleTo(actor),
        guarantee ? arrayContains(schemes.guarantees, [guarantee]) : undefined,
        status ? eq(schemes.status, status) : undefined,
      ),
    )
    .orderBy(asc(schemes.nationalName), asc(schemes.id));
}

/** One scheme the actor may read; NOT_FOUND for one they may not, as for one that does not exist. */
export async function getScheme(db: Queryable, actor: Actor, id: unknown): Promise<SchemeView> {
  if (typeof id !== "string" || !isRecordId(id)) throw notFound();
  assertCan(actor, "country.read");
  const [scheme] = await db.select(viewColumns).from(schemes).where(and(eq(schemes.id, id), schemeVisibleTo(actor)));
  if (!scheme) throw notFound();
  if (scheme.deletedAt !== null && !can(actor, "scheme.write", { countryCode: scheme.countryCode })) throw notFound();
  return scheme;
}
