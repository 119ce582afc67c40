/** The filters of the experience write-ups' list page and of the API's list; apart from the form's schemas, which the browser loads. */
import * as z from "zod/mini";
import { experienceStates, locales } from "@/db/schema/values";
import { pageQueryShape } from "@/lib/paging";
import { countryCodeSchema } from "./countries";

const stepKey = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,99}$/));

/** Write-ups on one page of the list: enough to scan, short enough for a slow connection. */
export const experiencesPerPage = 20;
/** Past any real list (20 × 500 write-ups); a number beyond the last page shows the last page. */
const lastPageNumber = 500;

const maybe = <Schema extends z.ZodMiniType>(schema: Schema) =>
  z.catch(z.optional(z.pipe(z.transform((value: unknown) => (value === "" ? undefined : value)), z.optional(schema))), undefined);

/** The list page's filters and page number, from the URL: an unknown value is ignored rather than failing the page. */
export const experienceListQuery = z.object({
  step: maybe(stepKey),
  country: maybe(countryCodeSchema),
  language: maybe(z.enum(locales)),
  page: z.catch(z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(lastPageNumber)), 1), 1),
});
export type ExperienceListQuery = z.output<typeof experienceListQuery>;

/** The API's list filters: unlike a page's URL, an unknown value is an error the client should see. */
export const experiencePageQuerySchema = z.object({
  country: z.optional(countryCodeSchema),
  step: z.optional(stepKey),
  language: z.optional(z.enum(locales)),
  state: z.optional(z.enum(experienceStates)),
  ...pageQueryShape,
});
