import { describe, expect, it } from "vitest";
import { formDataToObject } from "./form-data";

describe("form data as the object a schema parses", () => {
  it("keeps plain fields, gathers repeated ones and nests dotted names", () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    form.append("code", "SN");
    form.append("tag", "a");
    form.append("tag", "b");
    form.append("name.en", "Senegal");
    form.append("name.fr", "Sénégal");
    expect(formDataToObject(form)).toEqual({ code: "SN", tag: ["a", "b"], name: { en: "Senegal", fr: "Sénégal" } });
  });
});
