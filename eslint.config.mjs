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
  globalIgnores(["**/.next/**", "node_modules/**", "data/**", "db/migrations/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
