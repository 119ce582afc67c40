/** Whether a starting server loads the demonstration dataset: only with the demo accounts, and only into a new database. */
import type { Database } from "@/db/engine";
import { demoDatasetEnabled, type Env } from "@/lib/env";
import { type DemoSummary, loadDemoDatasetOnStart } from "./demo-dataset";

export async function loadDemoDatasetIfWanted(db: Database, env: Env): Promise<DemoSummary | null> {
  if (!demoDatasetEnabled(env)) return null;
  return loadDemoDatasetOnStart(db);
}
