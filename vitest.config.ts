import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const unitFolders = "{lib,db,components,app/_edge,bench/lib,scripts}";
const integration = { globalSetup: ["lib/testing/global-setup.ts"], testTimeout: 30_000, hookTimeout: 120_000 };

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Tests import server modules directly; the marker only guards client bundles.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    // One file per core. Vitest's default leaves a core to its main process, which waits: on two cores that ran the
    // files one at a time. Capped at four: each integration file holds a database in memory (PGlite, up to 1 GB).
    maxWorkers: Math.min(os.availableParallelism(), 4),
    projects: [
      {
        extends: true,
        // A worker's files share their imported modules, as the integration files do: importing them again for each file
        // was half of the project's time (docs/performance.md). A file that mocks a module is named *.mocked.test.ts and
        // runs isolated (eslint.config.mjs refuses vi.mock elsewhere); a stubbed variable or spy is undone by its file.
        test: { name: "unit", include: [`${unitFolders}/**/*.test.ts`], exclude: ["**/*.int.test.ts", "**/*.mocked.test.ts"], isolate: false },
      },
      { extends: true, test: { name: "unit-mocked", include: [`${unitFolders}/**/*.mocked.test.ts`] } },
      {
        extends: true,
        // Each file opens its own fresh database (PGlite in memory, or a new database on DATABASE_URL's server): a
        // copy of one template that the global setup migrates and seeds once per run. The files of a worker share
        // their imported modules (not isolated): importing lib/ and the schema again for each file was 150 of the
        // suite's 270 seconds on PostgreSQL. A file that mocks a module needs its own and is named *.mocked.int.test.ts.
        test: {
          name: "integration",
          include: ["{lib,db}/**/*.int.test.ts"],
          exclude: ["**/*.mocked.int.test.ts"],
          isolate: false,
          ...integration,
        },
      },
      { extends: true, test: { name: "integration-mocked", include: ["{lib,db}/**/*.mocked.int.test.ts"], ...integration } },
    ],
  },
});
