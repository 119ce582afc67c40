/** People who sign in, the roles they hold and where, and what guards their sign-in. */
import { relations, sql } from "drizzle-orm";
import { boolean, char, check, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { createdAt, id, updatedAt } from "./common";
import { locales, roles } from "./enums";
import { countries } from "./geography";

export { roles };
export const roleEnum = pgEnum("role", roles);
export const localeEnum = pgEnum("locale", locales);

export const users = pgTable("users", {
  id: id(),
  /** Stored lower-cased; unique. */
  email: text().notNull().unique(),
  name: text().notNull(),
  /** argon2id; null until an invited user sets a password. */
  passwordHash: text(),
  /** Interface language the user chose; null follows the browser. */
  locale: localeEnum(),
  active: boolean().notNull().default(true),
  deactivatedAt: timestamp({ withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A role held in a scope: a country for working-group members, an agency for advisers, none otherwise. */
export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum().notNull(),
    countryCode: char({ length: 2 }).references(() => countries.code),
    agencyId: uuid().references(() => agencies.id),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.userId),
    check(
      "membership_scope",
      sql`(${t.role} = 'working_group_member' and ${t.countryCode} is not null and ${t.agencyId} is null)
        or (${t.role} = 'agency_adviser' and ${t.agencyId} is not null and ${t.countryCode} is null)
        or (${t.role} in ('coordinator', 'reviewer') and ${t.countryCode} is null and ${t.agencyId} is null)`,
    ),
  ],
);

/** Every sign-in attempt, kept in the database so the rate limit holds across restarts and instances. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: id(),
    email: text().notNull(),
    address: text().notNull(),
    succeeded: boolean().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.email, t.at), index().on(t.address, t.at)],
);

export const usersRelations = relations(users, ({ many }) => ({
  memberships: many(memberships),
}));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
  country: one(countries, { fields: [memberships.countryCode], references: [countries.code] }),
  agency: one(agencies, { fields: [memberships.agencyId], references: [agencies.id] }),
}));
