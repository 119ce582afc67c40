/**
 * The one text primitive: every text a form, the JSON API or a page's URL gives Socle is trimmed, bounded and
 * refused when it holds a character of text-characters.ts, with the field's "validation.controlCharacters" key.
 */
import * as z from "zod/mini";
import { hasIllegalCharacters } from "./text-characters";

export const legalText = z.refine<string>((text) => !hasIllegalCharacters(text), { message: "validation.controlCharacters" });

/** A text of at most `maximum` characters (and at least `minimum` once trimmed; 1 makes it required). */
export const textSchema = (maximum: number, minimum = 0) =>
  z.string().check(z.trim(), ...(minimum > 0 ? [z.minLength(minimum)] : []), z.maxLength(maximum), legalText);
