/**
 * The webhooks' sender on each server instance: a round at start (what fell due while no server ran), then every
 * SOCLE_WEBHOOK_INTERVAL_SECONDS, and soon after a change enqueued a delivery. The claims in the database, not this
 * timer, make each attempt go out from one instance (decision 2210).
 */
import "server-only";
import type { Database } from "@/db/engine";
import { sendDueDeliveries } from "./send-due-deliveries";
import { onWebhookWake } from "./sender-wake";

/** Returns a function that stops the timer and the wake-ups (tests; the server runs it until it stops). */
export function startWebhookSender(db: Database, options: { intervalSeconds: number }): () => void {
  let running = false;
  let again = false;
  const run = () => {
    // A round still sending is not overlapped; a wake-up meanwhile asks for one more round after it.
    if (running) {
      again = true;
      return;
    }
    running = true;
    sendDueDeliveries(db)
      .catch((error: unknown) => console.error(`Socle: webhook deliveries failed this round (${error instanceof Error ? error.message : String(error)}); tried again next round.`))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  run();
  const timer = setInterval(run, options.intervalSeconds * 1000);
  timer.unref();
  const stopWaking = onWebhookWake(run);
  return () => {
    clearInterval(timer);
    stopWaking();
  };
}
