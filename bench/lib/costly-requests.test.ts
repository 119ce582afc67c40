import { describe, expect, it } from "vitest";
import { formDataToObject } from "../../lib/validation/form-data";
import { maxEvidenceFileBytes, maxFilesPerUpload, uploadRequestLimitMegabytes } from "../../lib/validation/upload-limits";
import { actionFormsIn, anonymousUpload, costlyRequestsFor, toFormData } from "./costly-requests";

const page = `
<form action="" method="post"><input type="hidden" name="$ACTION_REF_1"/><input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;7f&quot;}"/>
<input name="title" value=""/><input name="links.0.url" value=""/><input name="links.0.title" value=""/>
<select name="sharingLevel"><option value="country">Country</option><option value="all">All</option></select>
<input type="checkbox" name="remove"/><input type="file" name="files" multiple=""/><button type="submit">Log</button></form>
<form action="/search" method="get"><input name="q" value=""/></form>`;

describe("the request-cost bench's requests", () => {
  it("finds the forms that post to a server action, with what a browser would send", () => {
    const forms = actionFormsIn(page, "/countries/BJ/steps/1");
    expect(forms).toHaveLength(1);
    expect(forms[0]!.fields).toEqual([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"7f"}'],
      ["title", ""],
      ["links.0.url", ""],
      ["links.0.title", ""],
      ["sharingLevel", "country"],
    ]);
    expect(forms[0]!.fileInputs).toEqual(["files"]);
  });

  it("sends requests at each limit, which a form reads, and just past it, which a form refuses", () => {
    const [form] = actionFormsIn(page, "/countries/BJ/steps/1");
    const requests = costlyRequestsFor(form!, { uploads: false });
    expect(requests.map((request) => request.name)).toEqual([
      "last row number",
      "row number past the limit",
      "most fields",
      "one field too many",
      "most values of one field",
      "deepest names",
      "a name too deep",
    ]);
    for (const request of requests) {
      const read = () => formDataToObject(toFormData(request.parts));
      if (request.withinLimits) expect(read, request.name).not.toThrow();
      else expect(read, request.name).toThrow(expect.objectContaining({ message: "errors.formTooLarge" }));
    }
    expect(requests[0]!.parts.at(-1)).toEqual({ name: "links.199.url", value: "x" });
  });

  it("uploads as much as a form may carry, and sends the whole limit without a session", () => {
    const [form] = actionFormsIn(page, "/countries/BJ/steps/1");
    const upload = costlyRequestsFor(form!).find((request) => request.name === "largest upload")!;
    const files = upload.parts.filter((part) => "bytes" in part);
    expect(files).toHaveLength(maxFilesPerUpload);
    expect(files.every((part) => "bytes" in part && part.bytes === maxEvidenceFileBytes)).toBe(true);
    const tiny = costlyRequestsFor(form!).find((request) => request.name === "a body full of tiny fields")!;
    expect(tiny.withinLimits).toBe(false);
    expect(tiny.parts.length).toBeGreaterThan(100 * 5000);
    const anonymous = anonymousUpload(form!).parts.find((part) => "bytes" in part)!;
    expect("bytes" in anonymous && anonymous.bytes).toBeLessThan(uploadRequestLimitMegabytes * 1024 * 1024);
    expect("bytes" in anonymous && anonymous.bytes).toBeGreaterThan((uploadRequestLimitMegabytes - 1) * 1024 * 1024);
  });
});
