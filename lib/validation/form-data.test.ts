import { describe, expect, it } from "vitest";
import { formDataToObject, nestFields, typedValues } from "./form-data";

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
    expect(typedValues(formData)).toEqual({ title: "Decree" });
    expect(Object.keys(formDataToObject(formData))).toEqual(["title", "files"]);
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
