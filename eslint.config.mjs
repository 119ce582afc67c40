import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Layer rules
  // components/ get data and server actions as props: no app/ imports, no database, no session.
  {
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["components/support/step-support.tsx", "components/learning/step-learning.tsx"], // app-edges' branch makes these take props: drop at the merge
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^@/app(/|$)", message: "components/ get server actions and data as props from the page (docs/architecture.md)." },
            { regex: "^(\\.\\./)+app(/|$)", message: "components/ get server actions and data as props from the page (docs/architecture.md)." },
            { regex: "^@/db(/|$)", allowTypeImports: true, message: "components/ read no database: types only; lists of values come from lib/." },
            { regex: "^(drizzle-orm|pg|@electric-sql/pglite)(/|$)", message: "components/ read no database." },
            { regex: "^@/lib/session$", message: "components/ get the actor as a prop." },
          ],
        },
      ],
    },
  },
  globalIgnores(["**/.next/**", "node_modules/**", "data/**", "db/migrations/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
