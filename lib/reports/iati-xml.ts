/** Writing IATI XML by hand, escaped once: elements with their attributes (absent ones left out) and narratives. */
import { xmlLegalText } from "@/lib/validation/text-characters";

export function xmlText(value: string): string {
  // Text stored before the input rule may hold what XML 1.0 cannot (lone surrogates too): it becomes U+FFFD.
  return xmlLegalText(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export type Attributes = Record<string, string | null | undefined>;

const attributes = (values: Attributes) =>
  Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ` ${name}="${xmlText(value!)}"`)
    .join("");

/** An element; an attribute whose value is null or undefined is not written (never `ref=""`). */
export const element = (name: string, values: Attributes, content?: string) =>
  content === undefined ? `<${name}${attributes(values)}/>` : `<${name}${attributes(values)}>${content}</${name}>`;

export const narrative = (text: string, lang?: string) => element("narrative", { "xml:lang": lang }, xmlText(text));

/** An organisation's names: English as the activity's language, the others marked with theirs. */
export const narratives = (name: Record<string, string | undefined>) =>
  Object.entries(name)
    .filter(([, text]) => text)
    .map(([lang, text]) => narrative(text!, lang === "en" ? undefined : lang))
    .join("");

/** An XML comment: "--" may not occur inside one. */
export const xmlComment = (text: string) => `<!-- ${xmlLegalText(text).replace(/-{2,}/g, "-").replace(/-$/, "- ")} -->`;
