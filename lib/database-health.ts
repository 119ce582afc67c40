/** Whether the database answers: for the load balancers' health probe. */
import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";

export async function pingDatabase(db: Queryable): Promise<void> {
  await db.execute(sql`select 1`);
}
