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
  {
    // Links go through components/ui/link, which does not prefetch (decision 2400).
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use { Link } from @/components/ui/link: it fetches a page when it is followed (decision 2400)." }] }],
    },
  },
  // Layer rules (docs/architecture.md names them): app/, lib/, db/, components/.
  {
    // app/ reads and writes only through lib/: no Drizzle, no schema values, no database driver (the edge hands lib/ the one client from @/db; db/schema/values holds plain value lists).
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["drizzle-orm", "drizzle-orm/*", "pg", "@electric-sql/pglite", "@electric-sql/pglite/*"], message: "app/ reads and writes only through a lib/ function." },
            {
              regex: "(^|/)db/schema(/(?!values$).*)?$",
              allowTypeImports: true,
              message: "app/ reads and writes only through a lib/ function; a type from the schema is fine.",
            },
          ],
        },
      ],
    },
  },
  {
    // lib/ knows no route and no component: nothing from app/ or components/, no next/navigation (lib/ throws AppError, the edge maps it). next/headers stays: lib/session.ts, lib/auth/csrf-token.ts and lib/i18n/request.ts are the request glue every edge shares. Tests may build input as a form does.
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [{ name: "next/navigation", message: "lib/ throws AppError; app/_edge turns it into notFound(), forbidden() or a redirect." }],
          patterns: [{ group: ["@/app", "@/app/*", "@/components", "@/components/*", "**/app/*", "**/components/*"], message: "lib/ knows no route and no component." }],
        },
      ],
    },
  },
  {
    // db/ knows no use case: of lib/ it reads only the environment (its tests, like every test, sit above all layers).
    files: ["db/**/*.ts"],
    ignores: ["db/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(@/|(\\.\\./)+)(app|components|lib/(?!env$)|scripts|bench|e2e)", message: "db/ knows no use case: of lib/ it may import only @/lib/env." }] },
      ],
    },
  },
  {
    // components/ get data and server actions as props: no app/ imports, no database, no session.
    files: ["components/**/*.{ts,tsx}"],
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
  {
    // Test files hold no React: `useTestDatabase()` is a vitest fixture that registers hooks, named as issue 16 asks.
    files: ["**/*.test.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Test files share their imported modules within a vitest worker (vitest.config.ts): a module mocked in one would be
    // mocked for the files after it. A file that mocks a module is named *.mocked.test.ts (or *.mocked.int.test.ts) and
    // runs isolated.
    files: ["**/*.test.ts"],
    ignores: ["**/*.mocked.test.ts", "**/*.mocked.int.test.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...["mock", "doMock"].map((property) => ({ object: "vi", property, message: "A file that mocks a module is named *.mocked.test.ts (or *.mocked.int.test.ts): it runs isolated (vitest.config.ts)." })),
      ],
    },
  },
  globalIgnores(["**/.next/**", "node_modules/**", "data/**", "db/migrations/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
