/** Small schemas every domain shares: texts in the four languages, optional texts, record versions. */
import * as z from "zod/mini";
import { textSchema } from "./text";

/** A web address people may follow: http or https, to a named host. */
export const webAddressSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** The version an edit started from (optimistic concurrency); forms send it as a hidden field. */
export const versionSchema = z.coerce.number().check(z.int(), z.gte(1));

/** A text that may be left blank: blank becomes undefined. */
export const optionalText = (maximum: number) =>
  z.pipe(
    z.optional(textSchema(maximum)),
    z.transform((value: string | undefined) => value || undefined),
  );

/** A schema applied only when a value was typed: blank or missing becomes null. */
export function blankAsNull<Schema extends z.ZodMiniType>(schema: Schema): z.ZodMiniType<z.output<Schema> | null, unknown> {
  const blankToNull = z.transform((value: unknown): unknown =>
    value === undefined || (typeof value === "string" && value.trim() === "") ? null : value,
  );
  // The types cannot follow a transform into a schema of any type; the runtime check is the schema itself.
  return z.pipe(blankToNull, z.nullable(schema) as z.ZodMiniType<unknown, unknown>) as unknown as z.ZodMiniType<z.output<Schema> | null, unknown>;
}

/** Text in every interface language; English is required, the others fall back to it when blank. */
export const localizedTextSchema = (maximum: number) =>
  z.object({
    en: textSchema(maximum, 1),
    fr: optionalText(maximum),
    es: optionalText(maximum),
    pt: optionalText(maximum),
  });

/**
 * The entries of a list from a request that are not dropped, read one slot at a time and only until one more than
 * `maximum` is kept: the length check that follows then refuses the list, whatever length it claimed. A hole in
 * the list counts as an entry (undefined), so a sparse list is never walked to its end.
 */
export function keptEntries(list: ArrayLike<unknown>, maximum: number, dropped: (entry: unknown) => boolean): unknown[] {
  const kept: unknown[] = [];
  for (let index = 0; index < list.length && kept.length <= maximum; index++) {
    const entry = list[index];
    if (!dropped(entry)) kept.push(entry);
  }
  return kept;
}

/** Checkboxes sharing one name: none checked is missing (or false), one is a string, several an array. */
export const checkboxList = <Item extends z.ZodMiniType>(item: Item, maximum: number) =>
  z.pipe(
    z.transform((value: unknown): unknown[] =>
      value === undefined || value === null || value === false || value === "" ? [] : Array.isArray(value) ? keptEntries(value, maximum, (entry) => entry === false) : [value],
    ),
    z.array(item).check(z.maxLength(maximum)),
  );

/** A whole number typed in a form: blank is 0. */
export const countField = (maximum: number) =>
  z.pipe(
    z.transform((value: unknown): unknown => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? 0 : value)),
    z.coerce.number().check(z.int(), z.gte(0), z.lte(maximum)),
  );

/**
 * A key the browser generates once per create, so a create sent twice (a retry, a queue synced after being offline)
 * is recorded once. Blank or missing means no key.
 */
export const idempotencyKeySchema = z.pipe(
  z.pipe(
    z.optional(textSchema(100)),
    z.transform((value: string | undefined) => value || undefined),
  ),
  z.optional(z.uuid({ message: "validation.invalid" })),
);
