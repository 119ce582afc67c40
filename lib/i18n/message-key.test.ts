import compile from "icu-minify/compile";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { withValues } from "@/lib/validation/zod";
import { isMessageKey, isOneOf, type MessageKey } from "./message-key";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import { translateMessage } from "./translate-message";

describe("a key read at run time", () => {
  it("is a key when it names a message of the catalogue, as written or as the build compiles it", () => {
    expect(isMessageKey(en, "validation.required")).toBe(true);
    expect(isMessageKey({ validation: { tooLong: compile(en.validation.tooLong) } }, "validation.tooLong")).toBe(true);
  });

  it("is not a key when it names a namespace, nothing, or something only an object's prototype holds", () => {
    for (const key of ["validation", "validation.nope", "experiences.written.more", "", "constructor", "validation.toString", "__proto__.x"]) {
      expect(isMessageKey(en, key)).toBe(false);
    }
  });

  it("is translated with its values, and one the catalogue lacks reads as the generic refusal rather than as a raw key", () => {
    const t = createTranslator({ locale: "fr", messages: fr });
    expect(translateMessage(t, fr, withValues("validation.tooLong", { maximum: 200 }))).toBe(fr.validation.tooLong.replace("{maximum}", "200"));
    expect(translateMessage(t, fr, "experiences.notAKey")).toBe(fr.validation.invalid);
    expect(translateMessage(t, { validation: fr.validation }, "support.form.title")).toBe(fr.validation.invalid);
  });
});

describe("a key written in code", () => {
  it("fails the type check when the English catalogue lacks it (lib/i18n/next-intl.d.ts)", () => {
    const key = (value: MessageKey) => value;
    expect(isMessageKey(en, key("experiences.written"))).toBe(true);
    // @ts-expect-error: the catalogue has no such message; `tsc` fails here once it has one, or once keys stop being typed.
    expect(isMessageKey(en, key("experiences.notAKey"))).toBe(false);
  });
});

describe("a value a key is built from", () => {
  it("narrows only to the values listed", () => {
    const statuses = ["completed", "in_progress"] as const;
    expect(isOneOf(statuses, "completed")).toBe(true);
    expect(isOneOf(statuses, "toString")).toBe(false);
    expect(isOneOf(statuses, null)).toBe(false);
  });
});
