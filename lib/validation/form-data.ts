/**
 * Turns a submitted form into the plain object lib/ schemas parse: a field sent several times becomes an array,
 * and a dotted name ("name.fr") becomes a nested object, as react-hook-form names its fields.
 */
type FormValue = FormDataEntryValue | FormDataEntryValue[] | FormObject;
export type FormObject = { [key: string]: FormValue };

export function formDataToObject(formData: FormData): FormObject {
  const result: FormObject = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own fields for progressive enhancement
    const values = formData.getAll(key);
    const path = key.split(".");
    let target = result;
    for (const segment of path.slice(0, -1)) {
      const next = target[segment];
      target = next && typeof next === "object" && !Array.isArray(next) && !(next instanceof Blob) ? (next as FormObject) : (target[segment] = {});
    }
    target[path.at(-1)!] = values.length > 1 ? values : values[0]!;
  }
  return result;
}
