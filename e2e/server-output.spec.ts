/**
 * The server's output: once nothing reads it (a log pipe whose reader ended, a closed log socket), its lines are
 * dropped, and the server goes on serving, idle while nobody asks anything, and stops as it should. Before, each
 * line's failure was an uncaught exception that Next.js logged to the same output, failing again: the server spun a
 * core and answered nothing (server.mjs).
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { type Server, startServer } from "../bench/lib/server";

const port = Number(process.env.E2E_PORT ?? 3210) + 8;

/** The process's CPU time so far, in seconds (Linux: user and system clock ticks, 100 a second). */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** A request Next.js answers with a line on standard error: a server action no build of this server has. */
async function requestThatLogs(server: Server) {
  const response = await fetch(`${server.url}/`, {
    method: "POST",
    headers: { "next-action": "7f".padEnd(42, "0"), "content-type": "text/plain;charset=UTF-8", origin: server.url },
    body: "[]",
    signal: AbortSignal.timeout(10_000),
  });
  await response.text();
}

test("a server whose output nobody reads keeps serving, stays idle, and stops", async () => {
  test.setTimeout(120_000);
  const dataDir = path.join("e2e", ".data-output");
  fs.rmSync(dataDir, { recursive: true, force: true });
  // Nobody reads standard output from the start: the lines the server prints as it starts are dropped, and standard
  // error, still read, says so once.
  const server = await startServer({ port, dataDir, unread: ["stdout"] });
  try {
    const notice = "Socle: standard output can no longer be written (EPIPE); its lines are dropped from now on.";
    await expect.poll(() => server.output()).toContain(notice);
    await requestThatLogs(server);
    await expect.poll(() => server.output(), { message: "the request's line on standard error" }).toContain("Failed to find Server Action");
    expect(server.output().split(notice).length - 1).toBe(1);

    // Then nobody reads standard error either: nothing the server writes is read any more.
    server.process.stderr!.destroy();
    const before = cpuSeconds(server.process.pid!);
    for (let request = 0; request < 3; request++) await requestThatLogs(server);
    const health = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(10_000) });
    expect(health.status, "the server still answers").toBe(200);
    await health.text();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // Spinning, it took two seconds of these three and more; idle, a tenth.
    expect(cpuSeconds(server.process.pid!) - before, "CPU seconds taken over 3 s with nothing asked").toBeLessThan(1);
  } finally {
    expect(await server.stopWithin(20_000), "a stop, with nothing to write its lines to").toBe(143);
  }
});
