import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/database";
import { queryRows, readEach } from "./engine";

const database = useTestDatabase();

/** A read that notes when it starts and ends, and answers after a short query. */
function noted(log: string[], name: string) {
  return async () => {
    log.push(`${name} starts`);
    const [row] = await queryRows<{ name: string }>(database.db, sql`select ${name}::text as name, pg_sleep(0.02)`);
    log.push(`${name} ends`);
    return row!.name;
  };
}

describe("readEach", () => {
  it("runs reads side by side on the database, and answers in the order asked", async () => {
    const log: string[] = [];
    expect(await readEach(database.db, [noted(log, "a"), noted(log, "b"), () => Promise.resolve(3)])).toEqual(["a", "b", 3]);
    expect(log.slice(0, 2)).toEqual(["a starts", "b starts"]);
  });

  it("runs them one after another inside a transaction, whose one connection takes one statement at a time", async () => {
    const log: string[] = [];
    const [first, second] = await database.db.transaction(async (tx) => {
      const read = (name: string) => async () => {
        log.push(`${name} starts`);
        const [row] = await queryRows<{ name: string }>(tx, sql`select ${name}::text as name, pg_sleep(0.02)`);
        log.push(`${name} ends`);
        return row!.name;
      };
      return readEach(tx, [read("a"), read("b")]);
    });
    expect([first, second]).toEqual(["a", "b"]);
    expect(log).toEqual(["a starts", "a ends", "b starts", "b ends"]);
  });
});
