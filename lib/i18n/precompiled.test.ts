/**
 * The build compiles the catalogues (next-intl's `messages.precompile`), so the browser and the server format
 * compiled messages without an ICU parser, while these tests and scripts outside Next read the JSON as written.
 * Every message must read the same both ways, in every language.
 */
import compile from "icu-minify/compile";
import format from "icu-minify/format";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { locales } from "./locales";
import en from "./messages/en.json";
import es from "./messages/es.json";
import fr from "./messages/fr.json";
import pt from "./messages/pt.json";

const catalogues = { en, es, fr, pt };

function flatten(messages: object, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value as object, `${prefix}${key}.`),
  );
}

const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

/** Each argument of a message, once as 1 and once as 3 (so plurals take two branches), or as a word. */
function samples(text: string): Record<string, string | number>[] {
  const names = [...new Set([...text.matchAll(/\{\s*(\w+)/g)].map((match) => match[1]!))];
  return [1, 3].map((value) => Object.fromEntries(names.map((name) => [name, /plural|number|#/.test(text) ? value : `«${name}»`])));
}

describe("precompiled catalogues", () => {
  for (const locale of locales) {
    it(`${locale} reads the same compiled as parsed`, () => {
      const t = createTranslator({ locale, messages: catalogues[locale] as never });
      const differing = flatten(catalogues[locale]).flatMap(([key, text]) =>
        samples(text)
          .map((values) => ({ key, parsed: t(key as never, values as never), compiled: String(format(compile(text), locale, values, { formatters, timeZone: "UTC" })) }))
          .filter(({ parsed, compiled }) => parsed !== compiled),
      );
      expect(differing).toEqual([]);
    });
  }
});
