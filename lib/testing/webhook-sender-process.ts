/**
 * One webhook sender process for the exactly-once test (lib/webhooks/webhook-processes.int.test.ts): on the
 * PostgreSQL database named by its argument, once signalled, runs `sendDueDeliveries` (private addresses allowed: the
 * receiver is the test's, on 127.0.0.1) and prints what it sent (lib/testing/worker-process.ts).
 */
import { sendDueDeliveries } from "@/lib/webhooks/send-due-deliveries";
import { runWhenSignalled } from "./worker-process";

const [url] = process.argv.slice(2);
runWhenSignalled(url, 4, (db) => sendDueDeliveries(db, { allowPrivate: true, timeoutSeconds: 10, batch: 3 }));
