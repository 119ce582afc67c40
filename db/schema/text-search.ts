/**
 * Full-text search columns: a stored tsvector built from a row's texts in every configuration Socle searches
 * with (exact words, and the stems of its four languages), so one GIN index serves a query in any of them.
 */
import { type SQL, sql } from "drizzle-orm";
import { customType } from "drizzle-orm/pg-core";

export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Exact words first (names, acronyms, words of any language), then the stemmers of en, fr, es, pt. */
export const searchConfigurations = ["simple", "english", "french", "spanish", "portuguese"] as const;
export type SearchConfiguration = (typeof searchConfigurations)[number];

type Weight = "A" | "B" | "C" | "D";

/** The generated-column expression of a document whose language is unknown: every configuration, weighted by part. */
export function multilingualDocument(parts: { column: string; weight: Weight }[]): SQL {
  return sql.raw(
    parts
      .flatMap(({ column, weight }) =>
        searchConfigurations.map((config) => `setweight(to_tsvector('${config}'::regconfig, coalesce("${column}", '')), '${weight}')`),
      )
      .join(" || "),
  );
}

/** The search column of a row whose title and description are its searchable texts (milestones, resources). */
export const titleAndDescriptionVector = () =>
  tsvector().generatedAlwaysAs(
    multilingualDocument([
      { column: "title", weight: "A" },
      { column: "description", weight: "B" },
    ]),
  );

/**
 * The expression of a document whose language a column names ('en', 'fr', 'es', 'pt'): exact words, and the
 * stems of that language only.
 */
export function languageDocument(languageColumn: string, parts: { column: string; weight: Weight }[]): SQL {
  const stemmers: [string, SearchConfiguration][] = [
    ["en", "english"],
    ["fr", "french"],
    ["es", "spanish"],
    ["pt", "portuguese"],
  ];
  return sql.raw(
    parts
      .map(({ column, weight }) => {
        const text = `coalesce("${column}", '')`;
        const stemmed = stemmers.map(([code, config]) => `when '${code}' then to_tsvector('${config}'::regconfig, ${text})`).join(" ");
        return `setweight(to_tsvector('simple'::regconfig, ${text}) || (case "${languageColumn}" ${stemmed} else ''::tsvector end), '${weight}')`;
      })
      .join(" || "),
  );
}
