/** The JSON API's list filters: unlike a page's URL, an unknown value is an error the client should see. */
import * as z from "zod/mini";
import { legalText } from "./text";
import { guarantees, needKinds, schemeStatuses, stepStatuses, supportKinds, supportStatuses, technicalCategories } from "@/db/schema/values";
import { pageQueryShape } from "@/lib/paging";
import { countryCodeSchema } from "./countries";
import { isoDateSchema } from "./support";

const stepKey = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,59}$/));

export const milestonePageQuerySchema = z.object({
  country: z.optional(countryCodeSchema),
  step: z.optional(stepKey),
  from: z.optional(isoDateSchema),
  to: z.optional(isoDateSchema),
  ...pageQueryShape,
});

export const supportEntryPageQuerySchema = z.object({
  country: z.optional(countryCodeSchema),
  agency: z.optional(z.string().check(z.trim(), z.toUpperCase(), z.maxLength(40), legalText)),
  step: z.optional(stepKey),
  kind: z.optional(z.enum(supportKinds)),
  category: z.optional(z.enum(technicalCategories)),
  status: z.optional(z.enum(supportStatuses)),
  from: z.optional(isoDateSchema),
  to: z.optional(isoDateSchema),
  ...pageQueryShape,
});

export const needPageQuerySchema = z.object({
  country: z.optional(countryCodeSchema),
  step: z.optional(stepKey),
  kind: z.optional(z.enum(needKinds)),
  ...pageQueryShape,
});

export const stepQuerySchema = z.object({ status: z.optional(z.enum(stepStatuses)) });

/** A country's inventory: by guarantee and status; `withdrawn=true` lists the withdrawn schemes (for those who may restore them). */
export const schemeQuerySchema = z.object({
  guarantee: z.optional(z.enum(guarantees)),
  status: z.optional(z.enum(schemeStatuses)),
  withdrawn: z.optional(z.enum(["true", "false"])),
});
