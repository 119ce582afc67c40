/**
 * The documentation's links to files of the repository lead somewhere: README.md and docs/. A decision record named
 * in the index but never added (2650, found in session 26) read as if it were there.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const documents = ["README.md", ...fs.readdirSync(path.join(root, "docs"), { recursive: true, encoding: "utf8" }).map((file) => path.join("docs", file))].filter((file) =>
  file.endsWith(".md"),
);

it.each(documents)("%s: every link to a file of the repository leads to one", (document) => {
  // Code blocks show commands and examples, not links.
  const text = fs.readFileSync(path.join(root, document), "utf8").replace(/```[\s\S]*?```/g, "");
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^([a-z]+:|#)/.test(target));
  const missing = targets.filter((target) => !fs.existsSync(path.resolve(root, path.dirname(document), decodeURI(target.split("#")[0]!))));
  expect(missing).toEqual([]);
});
