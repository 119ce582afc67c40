/**
 * What the signed-in shell shows on every page, the bell's count and whether the demonstration dataset is loaded
 * (its banner), read in one statement (decision 2490).
 */
import { sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { unreadNotificationCount } from "@/lib/notifications/list-notifications";
import { demoDatasetPresent } from "@/lib/seed/demo/has-demo-dataset";

export type ShellFacts = { unreadNotifications: number; demoData: boolean };

export async function loadShellFacts(db: Queryable, actor: Actor): Promise<ShellFacts> {
  const [row] = await queryRows<{ unread: number; demo: boolean }>(db, sql`select ${unreadNotificationCount(actor)} as unread, ${demoDatasetPresent} as demo`);
  return { unreadNotifications: row!.unread, demoData: row!.demo };
}
