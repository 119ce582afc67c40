import { expect, it } from "vitest";
import { iatiFileErrorReasons, iatiProblemReasons, iatiSkipReasons } from "./types";
import en from "@/lib/i18n/messages/en.json";

it("every reason the reader and the classification give has its message under iatiImport.reasons", () => {
  const reasons = en.iatiImport.reasons;
  expect(Object.keys(reasons.file).sort()).toEqual([...iatiFileErrorReasons].sort());
  expect(Object.keys(reasons.skip).sort()).toEqual([...iatiSkipReasons].sort());
  expect(Object.keys(reasons.problem).sort()).toEqual([...iatiProblemReasons].sort());
});
