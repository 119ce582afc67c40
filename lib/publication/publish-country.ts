/**
 * Publishes a country's public page or takes it back: a coordinator's switch, after the quality check. Publishing
 * over warnings needs saying so; the warnings go into the row and the audit entry, in the change's transaction.
 */
import { eq } from "drizzle-orm";
import type { Database, Queryable } from "@/db/engine";
import { countryPublications } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { countryFor } from "@/lib/countries/query-countries";
import { AppError, conflict, notFound } from "@/lib/errors";
import { publicationChangeSchema } from "@/lib/validation/publication";
import { parseInput } from "@/lib/validation/parse";
import { type QualityWarning, qualityWarnings } from "./quality-check";
import { readCountryView } from "./read-public-country";

export type PublicationState = {
  countryCode: string;
  published: boolean;
  publishedAt: Date | null;
  /** 0 before the country was ever published. */
  version: number;
  /** The warnings it was last published over. */
  warnings: QualityWarning[];
};

async function publicationOf(db: Queryable, countryCode: string): Promise<PublicationState> {
  const [row] = await db.select().from(countryPublications).where(eq(countryPublications.countryCode, countryCode));
  return row
    ? { countryCode, published: row.published, publishedAt: row.publishedAt, version: row.version, warnings: row.warnings as QualityWarning[] }
    : { countryCode, published: false, publishedAt: null, version: 0, warnings: [] };
}

/** The coordinator's page: the publication as it stands and what the quality check finds now. */
export async function getCountryPublication(db: Queryable, actor: Actor, code: unknown) {
  const country = await countryFor(db, actor, code, "country.publish");
  const view = await readCountryView(db, country.code);
  if (!view) throw notFound();
  return { country, publication: await publicationOf(db, country.code), check: qualityWarnings(view) };
}

export async function changeCountryPublication(db: Database, actor: Actor, input: unknown): Promise<PublicationState> {
  const change = parseInput(publicationChangeSchema, input);
  const country = await countryFor(db, actor, change.country, "country.publish");
  const warnings = change.published ? qualityWarnings((await readCountryView(db, country.code))!) : [];
  if (warnings.length > 0 && !change.publishAnyway) {
    throw new AppError("INVALID", "publication.warningsNotAccepted", { fieldErrors: { publishAnyway: "publication.warningsNotAccepted" } });
  }
  return db.transaction(async (tx) => {
    // Locks the row when there is one; two first publications at once meet the primary key instead.
    await tx.select({ version: countryPublications.version }).from(countryPublications).where(eq(countryPublications.countryCode, country.code)).for("update");
    const before = await publicationOf(tx, country.code);
    if (before.version !== change.version) throw conflict(before);
    if (before.published === change.published) return before;
    const now = new Date();
    const values = change.published
      ? { published: true, publishedAt: now, publishedById: actor.userId, warnings, updatedAt: now }
      : { published: false, updatedAt: now };
    if (before.version > 0) {
      await tx.update(countryPublications).set({ ...values, version: before.version + 1 }).where(eq(countryPublications.countryCode, country.code));
    } else {
      await tx.insert(countryPublications).values({ countryCode: country.code, ...values, version: 1 });
    }
    await recordAudit(tx, actor, {
      action: change.published ? "country.publish" : "country.unpublish",
      entityType: "country_publication",
      entityId: country.code,
      countryCode: country.code,
      before: { published: before.published },
      after: change.published ? { published: true, warnings } : { published: false },
    });
    return publicationOf(tx, country.code);
  });
}
