/**
 * One scheduler process for the exactly-once test (lib/rounds/reminders/reminders-processes.int.test.ts): connects
 * to the PostgreSQL database named by its first argument, says "ready", waits for a line on its standard input, then
 * runs `sendDueReminders` for the instant in its second argument and prints what it sent as one line of JSON.
 * Run as `tsx --conditions=react-server lib/testing/reminder-scheduler-process.ts <url> <iso instant>`.
 */
import { once } from "node:events";
import { sql } from "drizzle-orm";
import { openPostgres } from "@/db/engine";
import { sendDueReminders } from "@/lib/rounds/reminders/send-due-reminders";

async function main() {
  const [url, instant] = process.argv.slice(2);
  if (!url || !instant) throw new Error("usage: reminder-scheduler-process.ts <database url> <iso instant>");
  const engine = await openPostgres(url, 2);
  try {
    // Connected and loaded before the signal, so that the two processes start their runs together.
    await engine.db.execute(sql`select 1`);
    process.stdout.write("ready\n");
    await once(process.stdin, "data");
    // A standard input left open would keep the process alive after its run.
    process.stdin.destroy();
    const sent = await sendDueReminders(engine.db, { now: new Date(instant) });
    process.stdout.write(`${JSON.stringify(sent)}\n`);
  } finally {
    await engine.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
