/**
 * A page's forms read from its HTML, as a browser without JavaScript would submit them (the server action's hidden
 * fields included): for benches that post a form to one server from a page another served, and for the browser
 * suite's forged requests (e2e/helpers/forged-forms.ts). No Playwright here.
 */
export type PageForm = { fields: [string, string][] };

const entities: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&#x27;": "'", "&lt;": "<", "&gt;": ">", "&#39;": "'" };
export const decode = (text: string) => text.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (entity) => entities[entity]!);

const attribute = (tag: string, name: string) => {
  const value = new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : decode(value);
};

/** What a browser would submit for one control: its name and current value, or nothing (unchecked box, file, button). */
function controlValue(control: string): [string, string] | null {
  const tag = /^<[^>]*>/.exec(control)![0];
  const name = attribute(tag, "name");
  if (!name) return null;
  if (control.startsWith("<select")) {
    const options = [...control.matchAll(/<option\b[^>]*>/g)].map((option) => option[0]);
    const chosen = options.find((option) => /\bselected=""/.test(option)) ?? options[0];
    return [name, chosen ? (attribute(chosen, "value") ?? "") : ""];
  }
  if (control.startsWith("<textarea")) return [name, decode(control.slice(tag.length).replace(/<\/textarea>$/, ""))];
  const type = attribute(tag, "type") ?? "text";
  if ((type === "checkbox" || type === "radio") && !/\bchecked=""/.test(tag)) return null;
  if (type === "file" || type === "submit") return null;
  return [name, attribute(tag, "value") ?? ""];
}

export function formsIn(html: string): PageForm[] {
  return (html.match(/<form[\s\S]*?<\/form>/g) ?? []).map((form) => ({
    fields: (form.match(/<input\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>|<textarea\b[^>]*>[\s\S]*?<\/textarea>/g) ?? [])
      .map(controlValue)
      .filter((field) => field !== null),
  }));
}

/** The form's fields with `values` (text or files) in place of the page's, as multipart form data. */
export function formBody(form: PageForm, values: Record<string, string | File>): FormData {
  const body = new FormData();
  for (const [name, value] of form.fields) if (!(name in values)) body.append(name, value);
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "string") body.append(name, value);
    else body.append(name, value, value.name);
  }
  return body;
}
