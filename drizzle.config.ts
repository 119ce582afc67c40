import { defineConfig } from "drizzle-kit";

// drizzle-kit only generates SQL from the schema here; the app applies migrations itself at start-up.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
