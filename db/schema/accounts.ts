/** People who sign in, the roles they hold and where, and what guards their sign-in. */
import { relations, sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, char, check, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { createdAt, deletedAt, id, locales, updatedAt, version } from "./common";
import { countries, countryReference } from "./geography";

import { roles } from "./values";

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
  /** Bumped by every change a coordinator makes to the account (roles, activation). */
  version: version(),
  /** Carried in every session token; bumping it ends all of the person's sessions at once (decision 1200). */
  sessionVersion: integer().notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A column naming the person who did something to a row (wrote, changed, signed off, withdrew it). */
export const personReference = () => uuid().references(() => users.id);

/** The person a row belongs to: it goes when they go (sessions, tokens, notices, preferences). */
export const ownerReference = () => uuid().notNull().references(() => users.id, { onDelete: "cascade" });

/** A soft delete: when the row was withdrawn and by whom; the row stays for its history. */
export const withdrawal = () => ({ deletedAt: deletedAt(), deletedById: personReference() });

/** What every record people edit and may withdraw carries: its version, its withdrawal, when it was made and changed. */
export const editedRecord = () => ({ version: version(), ...withdrawal(), createdAt: createdAt(), updatedAt: updatedAt() });

/** The rule tying a role to its scope, shared by memberships and invitations. */
const roleScopeRule = (role: AnyPgColumn, countryCode: AnyPgColumn, agencyId: AnyPgColumn) =>
  sql`(${role} = 'working_group_member' and ${countryCode} is not null and ${agencyId} is null)
        or (${role} = 'agency_adviser' and ${agencyId} is not null and ${countryCode} is null)
        or (${role} in ('coordinator', 'reviewer') and ${countryCode} is null and ${agencyId} is null)`;

/** A role held in a scope: a country for working-group members, an agency for advisers, none otherwise. */
export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    userId: ownerReference(),
    role: roleEnum().notNull(),
    countryCode: countryReference(),
    agencyId: uuid().references(() => agencies.id),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.userId),
    unique("memberships_once").on(t.userId, t.role, t.countryCode, t.agencyId).nullsNotDistinct(),
    check("membership_scope", roleScopeRule(t.role, t.countryCode, t.agencyId)),
  ],
);

/**
 * A coordinator's invitation to join with one role in one scope. Only a SHA-256 hash of the link's token is
 * kept, so the table cannot be used to sign anyone up; the user row is created when the link is used.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    /** Stored lower-cased. */
    email: text().notNull(),
    tokenHash: char({ length: 64 }).notNull().unique(),
    role: roleEnum().notNull(),
    countryCode: countryReference(),
    agencyId: uuid().references(() => agencies.id),
    /** The language of the invitation mail and, at first, of the new account. */
    locale: localeEnum().notNull(),
    invitedById: personReference().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedUserId: personReference(),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.email), check("invitation_scope", roleScopeRule(t.role, t.countryCode, t.agencyId))],
);

/** A one-time link a coordinator issues so that a user can set a new password; hashed like invitations. */
export const passwordResets = pgTable(
  "password_resets",
  {
    id: id(),
    userId: ownerReference(),
    tokenHash: char({ length: 64 }).notNull().unique(),
    issuedById: personReference().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    /** Set when a newer link replaces this one, or the account is deactivated. */
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId)],
);

/** Personal API tokens: the SHA-256 of a 256-bit random secret, shown to its owner once. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    userId: ownerReference(),
    name: text().notNull(),
    tokenHash: char({ length: 64 }).notNull().unique(),
    /** The first characters of the token, so its owner can tell tokens apart; never enough to use it. */
    prefix: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId)],
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
