/**
 * One scheduler process for the exactly-once test (lib/rounds/reminders/reminders-processes.int.test.ts): on the
 * PostgreSQL database named by its first argument, once signalled, runs `sendDueReminders` for the instant in its
 * second and prints what it sent (lib/testing/worker-process.ts).
 */
import { sendDueReminders } from "@/lib/rounds/reminders/send-due-reminders";
import { runWhenSignalled } from "./worker-process";

const [url, instant] = process.argv.slice(2);
if (!instant) throw new Error("usage: reminder-scheduler-process.ts <database url> <iso instant>");
runWhenSignalled(url, 2, (db) => sendDueReminders(db, { now: new Date(instant) }));
