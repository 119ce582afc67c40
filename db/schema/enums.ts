/**
 * Value lists shared by the schema and by code that runs in the browser. No imports: a client component that
 * needs a list must not pull the ORM into its bundle.
 */
export const locales = ["en", "fr", "es", "pt"] as const;
export type Locale = (typeof locales)[number];

export const roles = ["coordinator", "working_group_member", "agency_adviser", "reviewer"] as const;
export type Role = (typeof roles)[number];
