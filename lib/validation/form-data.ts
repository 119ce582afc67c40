/**
 * Turns a submitted form into the plain object lib/ schemas parse: a field sent several times becomes an array,
 * and a dotted name ("name.fr", "links.0.url") becomes a nested object or row, as react-hook-form names its
 * fields. A form larger than any of Socle's is refused before anything proportional to its numbers is built.
 */
import { AppError } from "@/lib/errors";

/** The framework editor, the longest form, sends about 50 fields per key step; no form comes near this. */
export const maxFormFields = 5000;
/** Rows are numbered from 0; no form has more than 200 (the framework editor: one per key step, plus a spare). */
export const maxFormRowIndex = 199;
/** The deepest name a form uses: "steps.0.subActivities.0.title.en". */
export const maxNameDepth = 6;

const formTooLarge = (field?: string) =>
  new AppError("INVALID", "errors.formTooLarge", { fieldErrors: field ? { [field]: "validation.invalid" } : {} });

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  let count = 0;
  // One pass: getAll() per name would read the whole form once per name.
  for (const [key, value] of formData.entries()) {
    if (++count > maxFormFields) throw formTooLarge();
    if (key.startsWith("$ACTION")) continue; // React's own fields for progressive enhancement
    const earlier = flat[key];
    // A value is a string or a file, so an array here is one this loop made.
    if (Array.isArray(earlier)) earlier.push(value);
    else flat[key] = earlier === undefined ? value : [earlier, value];
  }
  return nestFields(flat);
}

/**
 * Nests dotted field names the way react-hook-form names them ("links.0.url" → { links: [{ url }] }), so a
 * form with rows posts the same shape without JavaScript as with it.
 */
export function nestFields(flat: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(flat)) {
    // At most one part more than allowed is split off, whatever the name's length.
    const path = name.split(".", maxNameDepth + 1);
    if (path.length > maxNameDepth) throw formTooLarge(path[0]);
    if (path.some((part) => /^\d+$/.test(part) && Number(part) > maxFormRowIndex)) throw formTooLarge(path[0]);
    if (path.some((part) => part === "__proto__" || part === "constructor" || part === "prototype")) continue;
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((part, index) => {
      const container = node as Record<string, unknown>;
      if (index === path.length - 1) {
        container[part] = value;
        return;
      }
      container[part] ??= /^\d+$/.test(path[index + 1]!) ? [] : {};
      node = container[part] as Record<string, unknown>;
    });
  }
  return root;
}

/** What the user typed, without files, to give back to a form that the server refused (the page reloads without JavaScript). */
export function typedValues(formData: FormData): { values: Record<string, string>; lists: Record<string, string[]> } {
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  let count = 0;
  for (const [key, value] of formData.entries()) {
    if (++count > maxFormFields) break; // a refused oversized form is not echoed back whole
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    // A name sent more than once (ticked boxes sharing a name) comes back as the list of what was ticked.
    if (key in values) (lists[key] ??= [values[key]!]).push(value);
    values[key] = value;
  }
  return { values, lists };
}
