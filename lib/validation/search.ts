/** The search page's query and filters, from the URL: unknown values are dropped rather than failing the page. */
import * as z from "zod/mini";
import { textSchema } from "./text";
import { locales } from "@/db/schema/values";

export const searchKinds = ["resources", "experiences", "milestones", "support", "schemes", "assessment"] as const;
export type SearchKind = (typeof searchKinds)[number];

const maybe = <Schema extends z.ZodMiniType>(schema: Schema) =>
  z.catch(z.optional(z.pipe(z.transform((value: unknown) => (value === "" ? undefined : value)), z.optional(schema))), undefined);

export const searchQuerySchema = z.object({
  q: z.catch(z._default(textSchema(200), ""), ""),
  step: maybe(z.string().check(z.regex(/^[a-z_]{1,100}$/))),
  country: maybe(z.pipe(z.string().check(z.regex(/^[A-Za-z]{2}$/)), z.transform((code: string) => code.toUpperCase()))),
  language: maybe(z.enum(locales)),
  /** One kind only, with more results of it. */
  kind: maybe(z.enum(searchKinds)),
});
export type SearchQuery = z.output<typeof searchQuerySchema>;
