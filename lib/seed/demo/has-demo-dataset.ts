/** Whether the demonstration dataset is loaded: what the banner asks on every page (decision 2320). */
import { sql } from "drizzle-orm";
import { type Queryable, queryRows } from "@/db/engine";

/** The same, as an expression: the signed-in shell reads it with the bell's count in one statement. */
export const demoDatasetPresent = sql<boolean>`exists (select 1 from demo_people)`;

export async function hasDemoDataset(db: Queryable): Promise<boolean> {
  const [row] = await queryRows<{ present: boolean }>(db, sql`select ${demoDatasetPresent} as present`);
  return row!.present;
}
