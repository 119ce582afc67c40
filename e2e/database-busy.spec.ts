/**
 * A write the database fails for a reason of its own, not the request's: PostgreSQL ends a deadlock by failing the
 * write's transaction. The person is told to try again with what they typed still in the form, nothing is saved, and
 * sending it again saves it; a program gets a 503 with Retry-After. The deadlock is real: a second connection to the
 * server's database holds the entry's row while the write holds Botswana's flow-sums lock, then asks for that lock.
 * PostgreSQL only (PGlite has one connection, so nothing there can wait for another).
 */
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { signInAsNew } from "./helpers/accounts";
import { sameOrigin } from "./helpers/progress";

test.skip(!process.env.DATABASE_URL, "needs a second connection to the server's PostgreSQL database; runs in .ci/run's PostgreSQL pass, or with DATABASE_URL=postgres://… npx playwright test e2e/database-busy.spec.ts");

/**
 * Runs `send` while another connection holds the entry's row; once the write waits for it, that connection asks for
 * the country's flow-sums lock, which the write holds. The write's connection looks for deadlocks after PostgreSQL's
 * default second and fails its own transaction; the other never looks first.
 */
async function inADeadlock<T>(entryId: string, send: () => Promise<T>): Promise<T> {
  const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
  try {
    await other.query("begin");
    await other.query("set local deadlock_timeout = '60s'");
    const held = await other.query("select id from support_entries where id = $1 for update", [entryId]);
    expect(held.rowCount, `the entry ${entryId}`).toBe(1);
    const sent = send();
    // The write waiting for this connection: for the entry's row, which only this connection holds.
    const waiting = async () => (await other.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where pg_backend_pid() = any (pg_blocking_pids(pid))")).rows[0]!.n;
    await expect.poll(waiting).toBe(1);
    await other.query("select lock_flow_sums(array['BW']::char(2)[])");
    await other.query("rollback");
    return await sent;
  } finally {
    await other.end();
  }
}

async function addFinancialEntry(page: Page, title: string): Promise<string> {
  await page.goto("/support/new?country=BW");
  await page.getByLabel("Financial").check();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Amount").fill("50000");
  await page.getByLabel("Currency").fill("USD");
  await page.getByRole("button", { name: "Add support" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

test("a transaction failed by a deadlock keeps what was typed and saves nothing; sent again, it is saved; the API answers 503", async ({ page }) => {
  await signInAsNew(page, { role: "agency_adviser", agencyAcronym: "UNICEF" });
  const entryId = await addFinancialEntry(page, `Cash grant pilot ${Date.now().toString(36)}`);

  await page.getByLabel("Transaction", { exact: true }).selectOption("committed");
  await page.getByLabel("Amount in USD").fill("12345.67");
  await inADeadlock(entryId, () => page.getByRole("button", { name: "Record the transaction" }).click());
  await expect(page.getByText("Socle's database was busy or out of reach and could not finish this.")).toBeVisible();
  await expect(page.getByLabel("Amount in USD")).toHaveValue("12345.67");
  await expect(page.getByLabel("Transaction", { exact: true })).toHaveValue("committed");
  await page.reload();
  await expect(page.getByRole("table", { name: "Transactions" })).toHaveCount(0);

  await page.getByLabel("Transaction", { exact: true }).selectOption("committed");
  await page.getByLabel("Amount in USD").fill("12345.67");
  await page.getByRole("button", { name: "Record the transaction" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The transaction was recorded." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Transactions" }).getByRole("row")).toHaveCount(2); // its header and the one transaction

  const answer = await inADeadlock(entryId, () =>
    page.request.post(`/api/v1/support-entries/${entryId}/transactions`, { headers: sameOrigin(), data: { type: "disbursed", amount: "1000", occurredOn: "2026-03-02" } }),
  );
  expect(answer.status()).toBe(503);
  expect(answer.headers()["retry-after"]).toBe("2");
  expect((await answer.json()).error).toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("busy or out of reach") });
});
