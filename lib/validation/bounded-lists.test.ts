import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { checkboxList } from "./common";
import { fieldErrorsOf } from "./parse";
import { logMilestoneSchema } from "./progress";
import { maxFilesPerUpload } from "./upload-limits";

/** A list of a million slots holding one value at the end, as a forged "files.999999" once built; counts the slots read. */
function sparseList(value: unknown) {
  const target: unknown[] = [];
  target[999_999] = value;
  const reads = { count: 0 };
  const list = new Proxy(target, {
    get(list, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads.count++;
      return Reflect.get(list, key, receiver);
    },
    has(list, key) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads.count++;
      return Reflect.has(list, key);
    },
  });
  return { list, reads };
}

describe("a list from a request is read only as far as it may be long", () => {
  it("reads a checkbox list no further than its maximum, and refuses it", () => {
    const { list, reads } = sparseList("en");
    const result = checkboxList(z.enum(["en", "fr"]), 2).safeParse(list);
    expect(result.success).toBe(false);
    expect(reads.count).toBeLessThanOrEqual(2 * 3 + 2);
  });

  it("reads uploaded files no further than a form may carry, and refuses them", () => {
    const { list, reads } = sparseList("x");
    const result = logMilestoneSchema.safeParse({ countryStepId: "step", title: "Decree", occurredOn: "2024-03-14", files: list });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error)).every((field) => field.startsWith("files"))).toBe(true);
    expect(reads.count).toBeLessThanOrEqual(2 * (maxFilesPerUpload + 1) + 2);
  });

  it("still drops unchecked boxes and empty file parts", () => {
    expect(checkboxList(z.enum(["en", "fr"]), 2).parse([false, "en", false, "fr"])).toEqual(["en", "fr"]);
    const empty = new File([], "");
    const parsed = logMilestoneSchema.parse({ countryStepId: "step", title: "Decree", occurredOn: "2024-03-14", files: [empty, empty] });
    expect(parsed.files).toEqual([]);
  });
});
