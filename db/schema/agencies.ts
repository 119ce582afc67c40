/** Coalition members and development partners that support national processes. */
import { jsonb, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, type LocalizedText, updatedAt, version } from "./common";

import { agencyKinds } from "./values";

export { agencyKinds };
export const agencyKindEnum = pgEnum("agency_kind", agencyKinds);

export const agencies = pgTable("agencies", {
  id: id(),
  /** The English acronym, stable across languages; used to match agencies in imports. */
  acronym: text().notNull().unique(),
  /** The acronym as each language writes it (OIT, OMS, PNUD…). */
  shortName: jsonb().$type<LocalizedText>().notNull(),
  name: jsonb().$type<LocalizedText>().notNull(),
  kind: agencyKindEnum().notNull(),
  /** IATI organisation identifier (e.g. XM-DAC-41302 for the ILO); empty rather than guessed. */
  iatiRef: text(),
  /** IATI organisation type code (40 = multilateral). */
  iatiOrgType: text(),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
