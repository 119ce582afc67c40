/** Whether the demonstration dataset is loaded: what the banner asks on every page (decision 2320). */
import { sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";

export async function hasDemoDataset(db: Queryable): Promise<boolean> {
  const [row] = await queryRows<{ present: boolean }>(db, sql`select exists (select 1 from demo_people) as present`);
  return row!.present;
}
