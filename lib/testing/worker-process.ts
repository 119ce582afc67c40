/**
 * Two sides of the exactly-once tests, where several Node processes work on one PostgreSQL database at the same moment
 * (reminders, decision 2020; webhook deliveries, decision 2210).
 *
 * The child (`runWhenSignalled`, called by a script in lib/testing): connects, says "ready", waits for a line on its
 * standard input, runs its work and prints the result as one line of JSON. The test (`startWorkerProcess`): starts
 * the script with tsx, waits for "ready", and `go()` releases every process it started together.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { sql } from "drizzle-orm";
import { type Database, openPostgres } from "@/db/engine";

export function runWhenSignalled(url: string | undefined, poolSize: number, work: (db: Database) => Promise<unknown>): void {
  const main = async () => {
    if (!url) throw new Error("usage: <script> <database url> …");
    const engine = await openPostgres(url, poolSize);
    try {
      // Connected and loaded before the signal, so that the processes start their runs together.
      await engine.db.execute(sql`select 1`);
      process.stdout.write("ready\n");
      await once(process.stdin, "data");
      // A standard input left open would keep the process alive after its run.
      process.stdin.destroy();
      process.stdout.write(`${JSON.stringify(await work(engine.db))}\n`);
    } finally {
      await engine.close();
    }
  };
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

/** Starts `script` (a path under the project) with `args`, once it said it is ready; `result` settles with what it printed. */
export async function startWorkerProcess<Result>(script: string, args: string[]) {
  const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");
  const child: ChildProcessWithoutNullStreams = spawn(tsx, ["--conditions=react-server", path.join(process.cwd(), script), ...args], { cwd: process.cwd() });
  let output = "";
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = once(child, "exit");
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.startsWith("ready\n")) resolve();
    });
    void exited.then(([code]) => reject(new Error(`${script} ended (${String(code)}) before it was ready: ${errors}`)));
  });
  return {
    go: () => child.stdin.end("go\n"),
    result: exited.then(([code]): Result => {
      if (code !== 0) throw new Error(`${script} failed (${String(code)}): ${errors}`);
      return JSON.parse(output.slice("ready\n".length)) as Result;
    }),
  };
}
