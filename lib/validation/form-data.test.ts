import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { formDataToObject, maxFormFields, maxFormRowIndex, nestFields, typedValues } from "./form-data";

describe("form fields", () => {
  it("nests dotted names into rows", () => {
    expect(nestFields({ title: "A", "links.0.url": "https://a.org", "links.0.title": "A", "links.1.url": "", "meta.kind": "x" })).toEqual({
      title: "A",
      links: [{ url: "https://a.org", title: "A" }, { url: "" }],
      meta: { kind: "x" },
    });
  });

  it("ignores names that would reach the object prototype", () => {
    const nested = nestFields({ "__proto__.polluted": "yes", "a.constructor.prototype.polluted": "yes" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(nested).toEqual({});
  });

  it("gives back what was typed, without files or React's fields", () => {
    const formData = new FormData();
    formData.append("title", "Decree");
    formData.append("files", new File(["x"], "a.pdf"));
    formData.append("$ACTION_ID_abc", "");
    expect(typedValues(formData)).toEqual({ values: { title: "Decree" }, lists: {} });
    expect(Object.keys(formDataToObject(formData))).toEqual(["title", "files"]);
  });

  it("gives back every box ticked in a group, not only the last", () => {
    const formData = new FormData();
    formData.append("guarantees", "health");
    formData.append("guarantees", "children");
    formData.append("guarantees", "older_persons");
    formData.append("financing", "tax");
    expect(typedValues(formData)).toEqual({
      values: { guarantees: "older_persons", financing: "tax" },
      lists: { guarantees: ["health", "children", "older_persons"] },
    });
  });
});

describe("form data as the object a schema parses", () => {
  it("keeps plain fields, gathers repeated ones and nests dotted names", () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    form.append("code", "SN");
    form.append("tag", "a");
    form.append("tag", "b");
    form.append("name.en", "Senegal");
    form.append("name.fr", "Sénégal");
    form.append("__proto__.polluted", "yes");
    expect(formDataToObject(form)).toEqual({ code: "SN", tag: ["a", "b"], name: { en: "Senegal", fr: "Sénégal" } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("a form's size is bounded before it is read", () => {
  const form = (fields: [string, string][]) => {
    const formData = new FormData();
    for (const [name, value] of fields) formData.append(name, value);
    return formData;
  };
  const refusedAsInvalid = (read: () => unknown, field?: string) => {
    try {
      read();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "INVALID", message: "errors.formTooLarge" });
      if (field) expect((error as AppError).fieldErrors).toEqual({ [field]: "validation.invalid" });
      return;
    }
    expect.unreachable("the form was read");
  };

  it("refuses a row number above the largest a form has, instead of building a huge list", () => {
    refusedAsInvalid(() => formDataToObject(form([["title", "A"], ["files.40000000", "x"]])), "files");
    refusedAsInvalid(() => nestFields({ [`links.${maxFormRowIndex + 1}.url`]: "x" }), "links");
    expect(nestFields({ [`links.${maxFormRowIndex}.url`]: "x" }).links).toHaveLength(maxFormRowIndex + 1);
  });

  it("refuses more fields than the longest form sends", () => {
    const fields = Array.from({ length: maxFormFields + 1 }, (_, index): [string, string] => [`field${index}`, "x"]);
    refusedAsInvalid(() => formDataToObject(form(fields)));
    expect(Object.keys(formDataToObject(form(fields.slice(1))))).toHaveLength(maxFormFields);
  });

  it("counts a field sent many times once per value", () => {
    refusedAsInvalid(() => formDataToObject(form(Array.from({ length: maxFormFields + 1 }, (): [string, string] => ["languages", "en"]))));
  });

  it("refuses names nested deeper than any form's", () => {
    const deepest = "steps.0.subActivities.0.title.en";
    expect(nestFields({ [deepest]: "x" })).toEqual({ steps: [{ subActivities: [{ title: { en: "x" } }] }] });
    refusedAsInvalid(() => nestFields({ [`${deepest}.more`]: "x" }), "steps");
    refusedAsInvalid(() => nestFields({ ["a.".repeat(100_000) + "a"]: "x" }), "a");
  });
});
