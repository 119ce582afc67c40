/** Every server instance takes up, at start and then every minute, the IATI dry runs a stopped process left reading. */
import "server-only";
import type { Database } from "@/db/engine";
import { resumeStaleIatiImports } from "./run-iati-dry-run";

export function startIatiImportRecovery(db: Database, options: { intervalSeconds: number } = { intervalSeconds: 60 }): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    resumeStaleIatiImports(db)
      .then((ids) => {
        if (ids.length > 0) console.log(`Socle: ${ids.length} IATI import(s) left reading by a stopped process read again.`);
      })
      .catch((error: unknown) => console.error(`Socle: taking up IATI imports failed (${error instanceof Error ? error.message : String(error)}); tried again later.`))
      .finally(() => {
        running = false;
      });
  };
  run();
  const timer = setInterval(run, options.intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
