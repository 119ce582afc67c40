/**
 * The layer rules of eslint.config.mjs (docs/architecture.md) refuse what they say: each forbidden import below is
 * reported in its layer, and each allowed one is not. Without this, a rule whose pattern matched nothing would let
 * `npm run lint` pass while the layers drift again.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "..") });

/** The messages of the layer rule for one import line, linted as if it stood in `file`. */
async function layerProblems(file: string, importLine: string) {
  const [result] = await eslint.lintText(`${importLine}\nexport const used = [x];\n`, { filePath: file });
  const rules = ["@typescript-eslint/no-restricted-imports", "no-restricted-imports"];
  return result!.messages.filter((message) => rules.includes(message.ruleId ?? "")).map((message) => message.message);
}

const cases: { file: string; line: string; refused: boolean }[] = [
  // components/ get data and server actions as props.
  { file: "components/support/example.tsx", line: 'import { x } from "@/app/(app)/support/actions";', refused: true },
  { file: "components/support/example.tsx", line: 'import { x } from "../../app/_edge/form-action";', refused: true },
  { file: "components/support/example.tsx", line: 'import { x } from "@/db";', refused: true },
  { file: "components/support/example.tsx", line: 'import { x } from "drizzle-orm";', refused: true },
  { file: "components/support/example.tsx", line: 'import { x } from "@/lib/session";', refused: true },
  { file: "components/support/example.tsx", line: 'import type { x } from "@/db/schema/values";', refused: false },
  { file: "components/support/example.tsx", line: 'import { x } from "@/lib/forms/choices";', refused: false },
  // app/ reads and writes only through lib/.
  { file: "app/(app)/example/page.tsx", line: 'import { x } from "drizzle-orm";', refused: true },
  { file: "app/(app)/example/page.tsx", line: 'import { x } from "@/db/schema";', refused: true },
  { file: "app/(app)/example/page.tsx", line: 'import { x } from "pg";', refused: true },
  { file: "app/(app)/example/page.tsx", line: 'import type { x } from "@/db/schema";', refused: false },
  { file: "app/(app)/example/page.tsx", line: 'import { x } from "@/db/schema/values";', refused: false },
  // lib/ knows no route and no component.
  { file: "lib/example/example.ts", line: 'import { x } from "@/app/_edge/load-page";', refused: true },
  { file: "lib/example/example.ts", line: 'import { x } from "@/components/ui/field";', refused: true },
  { file: "lib/example/example.ts", line: 'import { x } from "next/navigation";', refused: true },
  { file: "lib/example/example.ts", line: 'import { x } from "next/headers";', refused: false },
  // db/ knows no use case.
  { file: "db/example.ts", line: 'import { x } from "@/lib/permissions";', refused: true },
  { file: "db/example.ts", line: 'import { x } from "@/lib/env";', refused: false },
  // Links go through the one that does not prefetch (decision 2400).
  { file: "components/example/example.tsx", line: 'import x from "next/link";', refused: true },
  { file: "app/(app)/example/page.tsx", line: 'import x from "next/link";', refused: true },
  { file: "components/ui/link.tsx", line: 'import x from "next/link";', refused: false },
];

describe("the layer rules", () => {
  // The first lint loads the configuration and the TypeScript parser: seconds on a busy machine, not a case's time.
  beforeAll(() => eslint.lintText("", { filePath: path.resolve(import.meta.dirname, "../lib/example.ts") }), 60_000);

  it.each(cases)("$file: $line → refused $refused", async ({ file, line, refused }) => {
    const problems = await layerProblems(file, line);
    expect(problems.length > 0).toBe(refused);
  });
});
