/**
 * Every page draws its own refusal (app/_edge/refusal.tsx): a page or a layout left out would answer its 403 or 404
 * with Next's empty error shell, blank without JavaScript, and nothing else would say so until someone opened it.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const appFolder = path.resolve(import.meta.dirname, "..");

const routeFiles = fs
  .readdirSync(appFolder, { recursive: true, encoding: "utf8" })
  .filter((file) => /(^|\/)(page|layout)\.tsx$/.test(file))
  .map((file) => ({ file, text: fs.readFileSync(path.join(appFolder, file), "utf8") }));

/** Pages and layouts drawn inside a layout that gives the main landmark: the app shell, the public site's frame. */
const insideShell = (file: string) => /^(\(app\)|public\/\[locale\]\/\(site\))\//.test(file) && file.endsWith("page.tsx");

describe("every page draws its own refusal", () => {
  const pages = routeFiles.filter(({ file }) => file.endsWith("page.tsx"));
  // A layout only when it may refuse: the others draw around a page that does.
  const refusingLayouts = routeFiles.filter(({ file, text }) => file.endsWith("layout.tsx") && /\b(notFound|forbidden)\(\)/.test(text));

  it("finds the pages", () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(refusingLayouts.map(({ file }) => file)).toContain("public/[locale]/(site)/layout.tsx");
  });

  it.each([...pages, ...refusingLayouts].map(({ file, text }) => [file, text]))("%s", (file, text) => {
    const exported = text.match(/^export default .*$/m)?.[0];
    expect(exported).toMatch(insideShell(file) ? /^export default withRefusal\(\w+\);$/ : /^export default withRefusal\(\w+, \{ insideShell: false \}\);$/);
    if (/generateMetadata/.test(text)) expect(text).toMatch(/^export const generateMetadata = withRefusalTitle\(\w+\);$/m);
  });
});
