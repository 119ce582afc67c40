/**
 * The webhooks' sender on each server instance: a round at start (what fell due while no server ran), then every
 * SOCLE_WEBHOOK_INTERVAL_SECONDS, and soon after a change enqueued a delivery. The claims in the database, not this
 * timer, make each attempt go out from one instance (decision 2210).
 */
import "server-only";
import type { Database } from "@/db/engine";
import { sendDueDeliveries } from "./send-due-deliveries";
import { onWebhookWake } from "./sender-wake";

/**
 * Returns a function that stops the timer and the wake-ups, and resolves once the round under way, if any, has ended
 * (tests, before they close their database: a round left running met a closed pool; the server runs it until it stops).
 */
export function startWebhookSender(db: Database, options: { intervalSeconds: number }): () => Promise<void> {
  let round: Promise<unknown> | null = null;
  let again = false;
  let stopped = false;
  const run = () => {
    if (stopped) return;
    // A round still sending is not overlapped; a wake-up meanwhile asks for one more round after it.
    if (round) {
      again = true;
      return;
    }
    round = sendDueDeliveries(db)
      .catch((error: unknown) => console.error(`Socle: webhook deliveries failed this round (${error instanceof Error ? error.message : String(error)}); tried again next round.`))
      .finally(() => {
        round = null;
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
  return async () => {
    stopped = true;
    clearInterval(timer);
    stopWaking();
    while (round) await round;
  };
}
