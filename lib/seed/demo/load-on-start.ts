/** Whether a starting server loads the demonstration dataset: only with the demo accounts, and only into a new database. */
import type { Database } from "@/db/engine";
import { demoDatasetEnabled, type Env } from "@/lib/env";
import { type DemoOptions, type DemoSummary, loadDemoDatasetOnStart } from "./demo-dataset";

/** `options` for tests, which fix the dataset's last day; a server draws it as of yesterday. */
export async function loadDemoDatasetIfWanted(db: Database, env: Env, options: DemoOptions = {}): Promise<DemoSummary | null> {
  if (!demoDatasetEnabled(env)) return null;
  return loadDemoDatasetOnStart(db, options);
}
