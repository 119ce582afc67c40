/**
 * Turns a submitted form into the plain object lib/ schemas parse: a field sent several times becomes an array,
 * and a dotted name ("name.fr", "links.0.url") becomes a nested object or row, as react-hook-form names its
 * fields.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own fields for progressive enhancement
    const values = formData.getAll(key);
    flat[key] = values.length > 1 ? values : values[0];
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
    const path = name.split(".");
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
export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("$ACTION") && typeof value === "string") values[key] = value;
  }
  return values;
}
