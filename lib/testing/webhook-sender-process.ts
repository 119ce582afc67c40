/**
 * One webhook sender process for the exactly-once test (lib/webhooks/webhook-processes.int.test.ts): connects to the
 * PostgreSQL database named by its first argument, says "ready", waits for a line on its standard input, then runs
 * `sendDueDeliveries` (private addresses allowed: the receiver is the test's, on 127.0.0.1) and prints what it sent
 * as one line of JSON. Run as `tsx --conditions=react-server lib/testing/webhook-sender-process.ts <url>`.
 */
import { once } from "node:events";
import { sql } from "drizzle-orm";
import { openPostgres } from "@/db/engine";
import { sendDueDeliveries } from "@/lib/webhooks/send-due-deliveries";

async function main() {
  const [url] = process.argv.slice(2);
  if (!url) throw new Error("usage: webhook-sender-process.ts <database url>");
  const engine = await openPostgres(url, 4);
  try {
    await engine.db.execute(sql`select 1`);
    process.stdout.write("ready\n");
    await once(process.stdin, "data");
    process.stdin.destroy();
    const sent = await sendDueDeliveries(engine.db, { allowPrivate: true, timeoutSeconds: 10, batch: 3 });
    process.stdout.write(`${JSON.stringify(sent)}\n`);
  } finally {
    await engine.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
