/**
 * The reminders' scheduler: every server instance runs `sendDueReminders` once at start (what fell due while no
 * server ran goes out) and then every few minutes; the claim in the database, not this timer, makes each reminder
 * go out once across instances and restarts.
 */
import "server-only";
import type { Database } from "@/db/engine";
import { sendDueReminders } from "./send-due-reminders";

/** Returns a function that stops the timer (tests; the server runs it until it stops). */
export function startReportReminders(db: Database, options: { intervalSeconds: number }): () => void {
  let running = false;
  const run = () => {
    // A slow round (a database far away) is not overlapped by the next one of the same instance.
    if (running) return;
    running = true;
    sendDueReminders(db)
      .then((sent) => {
        if (sent.length > 0) console.log(`Socle: ${sent.length} report reminder(s) sent to working groups.`);
      })
      .catch((error: unknown) => console.error(`Socle: report reminders failed this round (${error instanceof Error ? error.message : String(error)}); tried again next round.`))
      .finally(() => {
        running = false;
      });
  };
  run();
  const timer = setInterval(run, options.intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
