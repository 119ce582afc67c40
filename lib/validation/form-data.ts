/** Turns a submitted form into the plain object lib/ schemas parse; a field sent several times becomes an array. */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const result: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own fields for progressive enhancement
    const values = formData.getAll(key);
    result[key] = values.length > 1 ? values : values[0]!;
  }
  return result;
}
