/** Column helpers and value types shared by every domain table. */
import { customType, integer, numeric, timestamp, uuid } from "drizzle-orm/pg-core";

export { type Locale, type LocalizedText, locales } from "./values";

export const id = () => uuid().primaryKey().defaultRandom();

export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

export const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/** Set when a row is withdrawn: soft deletes keep the row for its history. */
export const deletedAt = () => timestamp({ withTimezone: true });

/** Money is exact: numeric, never float, always beside its ISO 4217 code (decision 0005). */
export const money = () => numeric({ precision: 20, scale: 4 });

/** Optimistic-concurrency counter: every edit must name the version it started from. */
export const version = () => integer().notNull().default(1);

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
