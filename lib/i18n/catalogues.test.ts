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

/**
 * A control's visible words and the longer name assistive technology reads for it (`accessibleLabel`, `aria-label`)
 * are kept as a pair of keys: "tick" and "tickNamed", "show" and "showLabel". Keys ending so whose sibling is not a
 * control's visible words: a field's label beside the button its sibling names.
 */
const notPairs = new Set(["review.commentLabel", "review.answerLabel"]);

describe("message catalogues", () => {
  const english = flatten(en);

  // WCAG 2.5.3, label in name: a person who says what they see ("click Mark done") must reach the control. axe 4.14
  // checks the pages the walks open; this checks every pair, in every state and language.
  it.each([...locales])("%s: a control's longer name holds its visible words", (locale) => {
    const messages = flatten(catalogues[locale]!);
    const pairs = [...messages.keys()].flatMap((key) => {
      const base = key.replace(/(Named|Label)$/, "");
      return base !== key && messages.has(base) && !notPairs.has(key) ? [[base, key] as const] : [];
    });
    expect(pairs.length).toBeGreaterThan(10);
    const apart = pairs.filter(([base, named]) => !messages.get(named)!.toLowerCase().includes(messages.get(base)!.trim().toLowerCase()));
    expect(apart.map(([base, named]) => `${named}: "${messages.get(named)}" lacks "${messages.get(base)}"`)).toEqual([]);
  });

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
