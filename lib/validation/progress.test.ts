import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./parse";
import { latestToday, logMilestoneSchema, maxEvidenceFileBytes } from "./progress";

const base = { countryStepId: "step", title: "Decree signed", occurredOn: "2024-03-14" };
const file = (name: string, size: number) => ({ name, size, type: "application/pdf", arrayBuffer: async () => new ArrayBuffer(0) });

function errorsFor(input: unknown) {
  const result = logMilestoneSchema.safeParse(input);
  if (result.success) throw new Error("expected a failure");
  return fieldErrorsOf(result.error);
}

describe("the milestone form's rules, shared by the browser and the server", () => {
  it("takes today wherever the day has begun, and nothing later", () => {
    const now = new Date("2024-06-30T11:00:00Z"); // already 1 July at UTC+14
    expect(latestToday(now)).toBe("2024-07-01");
    expect(logMilestoneSchema.safeParse({ ...base, occurredOn: latestToday() }).success).toBe(true);
    const tomorrowEverywhere = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(errorsFor({ ...base, occurredOn: tomorrowEverywhere })).toEqual({ occurredOn: "progress.futureDate" });
    expect(errorsFor({ ...base, occurredOn: "" })).toEqual({ occurredOn: "validation.required" });
  });

  it("drops empty link rows, names a link by its address, and points at the row that is wrong", () => {
    const parsed = logMilestoneSchema.parse({ ...base, links: [{ url: "", title: "" }, { url: "https://example.org/a", title: "" }] });
    expect(parsed.links).toEqual([{ url: "https://example.org/a", title: "https://example.org/a" }]);
    expect(errorsFor({ ...base, links: [{ url: "", title: "" }, { url: "", title: "Minutes" }, { url: "ftp://x.org", title: "" }] })).toEqual({
      "links.1.url": "validation.required",
      "links.2.url": "validation.url",
    });
  });

  it("reads a browser's FileList, skips an empty file input, and refuses too large or too many files", () => {
    const fileList = { length: 1, item: () => null, 0: file("a.pdf", 10) };
    expect(logMilestoneSchema.parse({ ...base, files: fileList }).files).toHaveLength(1);
    expect(logMilestoneSchema.parse({ ...base, files: file("", 0) }).files).toEqual([]);
    // The same empty input, passed to the server action as an argument by the optimistic form.
    expect(logMilestoneSchema.parse({ ...base, files: file("undefined", 0) }).files).toEqual([]);
    // An empty file input sent through a server action call arrives as a nameless Blob.
    expect(logMilestoneSchema.parse({ ...base, files: [new Blob([])] }).files).toEqual([]);
    expect(errorsFor({ ...base, files: [file("big.pdf", maxEvidenceFileBytes + 1)] })).toEqual({ files: "evidence.fileTooLarge?name=big.pdf&maximum=10" });
    expect(errorsFor({ ...base, files: Array.from({ length: 6 }, (_, index) => file(`${index}.pdf`, 10)) })).toEqual({ files: "validation.tooMany?maximum=5" });
  });

  it("asks for a sign-off note and the step's version when the milestone completes the step", () => {
    expect(errorsFor({ ...base, statusChange: "completed" })).toEqual({ signOffNote: "progress.signOffNoteRequired", stepVersion: "validation.required" });
    expect(logMilestoneSchema.safeParse({ ...base, statusChange: "completed", signOffNote: "Done", stepVersion: "3" }).success).toBe(true);
  });
});
