/** What coordinators and advisers type about a library resource; shared by the forms and lib/. */
import * as z from "zod/mini";
import { textSchema } from "./text";
import { resourceKinds, resourceLanguages } from "@/db/schema/values";
import { checkboxList, versionSchema, webAddressSchema as webAddress } from "./common";
import { uploadedFilesSchema } from "./progress";
import { optionalField, textField } from "./support";

export const latestResourceYear = () => new Date().getUTCFullYear() + 1;

const resourceShape = {
  title: textSchema(300, 1),
  description: textField(5000),
  kind: z.enum(resourceKinds),
  languages: checkboxList(z.enum(resourceLanguages), resourceLanguages.length),
  url: optionalField(z.pipe(textSchema(2000), webAddress)),
  /** One file at most; a link and a file may both be given. */
  files: uploadedFilesSchema.check(z.maxLength(1)),
  /** Framework step keys; lib/ checks them against the framework. */
  stepKeys: checkboxList(textSchema(100), 30),
  agencyIds: checkboxList(z.uuid(), 40),
  year: optionalField(z.coerce.number().check(z.int(), z.gte(1900), z.refine((year) => year <= latestResourceYear(), { message: "library.yearTooLate" }))),
};

export const addResourceSchema = z.object(resourceShape);
export type AddResourceInput = z.input<typeof addResourceSchema>;

export const editResourceSchema = z.object({
  ...resourceShape,
  id: z.uuid(),
  version: versionSchema,
  /** Checked: the stored file is taken off the resource (a new file replaces it anyway). */
  removeFile: z._default(z.pipe(z.unknown(), z.transform((value) => value === "on" || value === "true" || value === true)), false),
});
export type EditResourceInput = z.input<typeof editResourceSchema>;

export const withdrawResourceSchema = z.object({ id: z.uuid() });

/** The library's filters, from the URL: an unknown value is ignored rather than failing the page. */
export const libraryQuery = z.object({
  step: z.catch(z.optional(textSchema(100)), undefined),
  kind: z.catch(z.optional(z.enum(resourceKinds)), undefined),
  language: z.catch(z.optional(z.enum(resourceLanguages)), undefined),
  /** An agency's acronym, as the filter's URL says it. */
  agency: z.catch(z.optional(z.string().check(z.regex(/^[\p{L}\p{N} /&.-]{1,40}$/u))), undefined),
});
export type LibraryQuery = z.output<typeof libraryQuery>;
