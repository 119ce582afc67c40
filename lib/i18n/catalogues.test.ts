import { describe, expect, it } from "vitest";
import { identicalOnPurpose } from "./identical-on-purpose";
import { locales } from "./locales";
import en from "./messages/en.json";
import es from "./messages/es.json";
import fr from "./messages/fr.json";
import pt from "./messages/pt.json";

const catalogues: Record<string, object> = { en, fr, es, pt };

function flatten(messages: object, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [nested, text] of flatten(value as object, path)) entries.set(nested, text);
  }
  return entries;
}

/** "{name}" and "{name, plural, …}", not the words that open a plural's branch ("one {row to add}"). */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\s*[,}]/g)].map((match) => match[1]).sort();

describe("message catalogues", () => {
  const english = flatten(en);

  it("has a catalogue for every interface language", () => {
    expect(Object.keys(catalogues).sort()).toEqual([...locales].sort());
  });

  for (const locale of locales.filter((code) => code !== "en")) {
    const translated = flatten(catalogues[locale]!);

    it(`${locale} has exactly the English keys`, () => {
      expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
      expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
    });

    it(`${locale} leaves nothing in English unless marked identical on purpose`, () => {
      const allowed = new Set(identicalOnPurpose[locale] ?? []);
      const untranslated = [...english].filter(([key, text]) => translated.get(key) === text && !allowed.has(key)).map(([key]) => key);
      expect(untranslated).toEqual([]);
    });

    it(`${locale} keeps every placeholder of the English text`, () => {
      const broken = [...english].filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(translated.get(key) ?? "")));
      expect(broken.map(([key]) => key)).toEqual([]);
    });
  }
});
