/** What a home may be asked for, by the page's URL and the API: one list shown whole, and the length of the others. */
import * as z from "zod/mini";
import { homeExpandedLength, homeItemKinds } from "@/lib/home/item-kinds";

export const homeQuerySchema = z.object({
  /** The one kind listed up to `homeExpandedLength` items ("see all"); the others keep `limit`. */
  more: z.optional(z.enum(homeItemKinds)),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(homeExpandedLength))),
});
export type HomeQuery = z.output<typeof homeQuerySchema>;
