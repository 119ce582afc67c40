/**
 * Load: 50 signed-in people (coordinators, so every write is allowed) for 60 s against `next start`, mixing
 * page reads, API reads and milestone writes. Prints requests/s, p50, p95, p99 and errors, then stops the
 * server and checks that every write it acknowledged is in the database. Exits non-zero on any error or lost write.
 *
 *   npm run build && npm run bench:load                                  (PGlite)
 *   BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:55432/postgres npm run bench:load   (also PostgreSQL)
 *   LOAD_SECONDS=10 LOAD_CONNECTIONS=20 npm run bench:load              (a shorter run)
 */
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { inArray, sql } from "drizzle-orm";
import { openPglite, openPostgres, queryRows } from "../db/engine";
import { createDatabase, dropDatabase } from "../db/server-databases";
import { milestones } from "../db/schema";
import { createPerson, root, signIn, startServer } from "./lib/server";

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
const port = Number(process.env.LOAD_PORT ?? 3960);

type Figures = { engine: string; requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number; acknowledged: number; found: number };

function percentile(sorted: number[], fraction: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]! : 0;
}

async function run(engine: "pglite" | "postgres", databaseUrl?: string): Promise<Figures> {
  const dataDir = path.join(root, "bench", ".data", `load-${engine}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = await startServer({ port, dataDir, databaseUrl, testSupport: true });
  const acknowledged: string[] = [];
  let result: autocannon.Result;
  const latencies: number[] = [];
  try {
    const cookies: string[] = [];
    for (let index = 0; index < connections; index++) {
      const person = await createPerson(server, { role: "coordinator" });
      cookies.push(await signIn(server, person.email, person.password));
    }
    const countries = (await (await fetch(`${server.url}/api/v1/countries?limit=200`, { headers: { cookie: cookies[0]! } })).json()) as {
      data: { code: string }[];
    };
    const targets: { code: string; stepId: string }[] = [];
    for (const { code } of countries.data) {
      const country = (await (await fetch(`${server.url}/api/v1/countries/${code}`, { headers: { cookie: cookies[0]! } })).json()) as {
        data: { steps: { id: string }[] };
      };
      for (const step of country.data.steps) targets.push({ code, stepId: step.id });
    }

    let written = 0;
    /** Each connection is one person: every request it sends carries that person's session. */
    const requestsFor = (cookie: string): autocannon.Request[] => [
      { method: "GET", path: "/countries", headers: { cookie } },
      { method: "GET", path: "/api/v1/countries?limit=20", headers: { cookie } },
      {
        method: "POST",
        // The API takes the session's writes from our own origin only (decision 300).
        headers: { cookie, origin: server.url, "content-type": "application/json" },
        setupRequest: (request) => {
          const target = targets[written % targets.length]!;
          written++;
          return {
            ...request,
            path: `/api/v1/countries/${target.code}/milestones`,
            body: JSON.stringify({ countryStepId: target.stepId, title: `Load test milestone ${written}`, occurredOn: "2026-01-15", description: "Written under load." }),
          };
        },
        onResponse: (status, body) => {
          if (status === 201) acknowledged.push((JSON.parse(body) as { data: { id: string } }).data.id);
        },
      },
    ];

    let clientNumber = 0;
    let finish!: (value: autocannon.Result) => void;
    let fail!: (error: unknown) => void;
    const finished = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
    const instance = autocannon({
      url: server.url,
      connections,
      duration: seconds,
      requests: requestsFor(cookies[0]!),
      setupClient: (client) => client.setRequests(requestsFor(cookies[clientNumber++ % cookies.length]!)),
    }, (error, outcome) => (error ? fail(error) : finish(outcome)));
    instance.on("response", (client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (status >= 400 && process.env.LOAD_DEBUG) console.error(status, (client as unknown as { opts: { path?: string } }).opts?.path);
    });
    result = await finished;
  } finally {
    await server.stop("SIGTERM");
  }

  // Every acknowledged write must be there once the server has stopped.
  const check = databaseUrl ? await openPostgres(databaseUrl, 2) : await openPglite(path.join(dataDir, "pglite"));
  let found = 0;
  try {
    for (let start = 0; start < acknowledged.length; start += 1000) {
      const ids = acknowledged.slice(start, start + 1000);
      const [row] = await queryRows<{ count: number }>(check.db, sql`select count(*)::int as count from ${milestones} where ${inArray(milestones.id, ids)}`);
      found += row!.count;
    }
  } finally {
    await check.close();
  }
  latencies.sort((a, b) => a - b);
  return {
    engine,
    requestsPerSecond: Math.round(result.requests.average),
    p50: Math.round(percentile(latencies, 0.5)),
    p95: Math.round(percentile(latencies, 0.95)),
    p99: Math.round(percentile(latencies, 0.99)),
    errors: result.errors + result.timeouts + result.non2xx,
    acknowledged: acknowledged.length,
    found,
  };
}

const figures: Figures[] = [await run("pglite")];
const serverUrl = process.env.BENCH_POSTGRES_URL;
if (serverUrl) {
  const name = `socle_bench_load_${Date.now()}`;
  const url = await createDatabase(serverUrl, name);
  try {
    figures.push(await run("postgres", url));
  } finally {
    await dropDatabase(serverUrl, name);
  }
}

console.log(`load: ${connections} signed-in connections, ${seconds} s, reads and writes mixed 2:1`);
console.log("engine".padEnd(10), "req/s".padStart(7), "p50 ms".padStart(8), "p95 ms".padStart(8), "p99 ms".padStart(8), "errors".padStart(7), "acked".padStart(7), "found".padStart(7));
for (const row of figures) {
  console.log(
    row.engine.padEnd(10),
    String(row.requestsPerSecond).padStart(7),
    String(row.p50).padStart(8),
    String(row.p95).padStart(8),
    String(row.p99).padStart(8),
    String(row.errors).padStart(7),
    String(row.acknowledged).padStart(7),
    String(row.found).padStart(7),
  );
}
if (figures.some((row) => row.found !== row.acknowledged)) {
  console.error("Some acknowledged writes are missing from the database.");
  process.exit(1);
}
if (figures.some((row) => row.errors > 0)) {
  console.error("Some requests failed or timed out (run with LOAD_DEBUG=1 to see which).");
  process.exit(1);
}
