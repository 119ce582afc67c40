/**
 * Load, three ways, on each engine against `next start`, the mix of page reads, API reads and milestone writes
 * (2:1) sent by signed-in coordinators (so every write is allowed):
 *
 * - **one person alone**, one request at a time: the p50 a person sees on a quiet server;
 * - **capacity**: LOAD_CONNECTIONS (50) connections in a closed loop for LOAD_SECONDS (60), each sending its next
 *   request when the last is answered: requests/s, p50, p95, p99; beside it, once, the same closed loop on a bare
 *   force-dynamic Next.js page (one h1, a cookie read, a 50-row list; `bench/bare-next/app/dynamic`, built on first
 *   use), so that the ratio of the two capacities is taken in one run (issue 24's goal: at least 0.5);
 * - **a human load**: LOAD_PEOPLE (50) people, each sending a request every LOAD_PACE_MS (2,000) for
 *   LOAD_HUMAN_SECONDS (60), open loop (bench/lib/open-loop.ts): p50, p95, p99 against the person alone's p50 (the
 *   goal: p95 at most 4 ×).
 *
 * Then it stops the server and checks that every write acknowledged in either loaded run is in the database. Exits
 * non-zero on any error or lost write.
 *
 *   npm run build && npm run bench:load                                  (PGlite)
 *   BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:55432/postgres npm run bench:load   (also PostgreSQL)
 *   LOAD_SECONDS=10 LOAD_CONNECTIONS=20 LOAD_HUMAN_SECONDS=10 LOAD_BARE=0 npm run bench:load   (shorter; no bare page)
 */
import fs from "node:fs";
import path from "node:path";
import type autocannon from "autocannon";
import { inArray, sql } from "drizzle-orm";
import { openPglite, openPostgres, queryRows } from "../db/engine";
import { createDatabase, dropDatabase } from "../db/server-databases";
import { milestones } from "../db/schema";
import { bareNextDir, buildBareNextOnce, serveNextApp } from "./lib/next-app";
import { closedLoop } from "./lib/closed-loop";
import { onePersonAlone, openLoop, type Sample } from "./lib/open-loop";
import { createPerson, root, signIn, startServer } from "./lib/server";
import { percentile } from "./lib/timing";

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
const people = Number(process.env.LOAD_PEOPLE ?? 50);
const paceMs = Number(process.env.LOAD_PACE_MS ?? 2000);
const humanSeconds = Number(process.env.LOAD_HUMAN_SECONDS ?? seconds);
const aloneRequests = Number(process.env.LOAD_ALONE_REQUESTS ?? 150);
const port = Number(process.env.LOAD_PORT ?? 3960);
const barePort = Number(process.env.LOAD_BARE_PORT ?? 3961);

type Loaded = { requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number };
type Figures = {
  engine: string;
  alone: { p50: number; errors: number; byKind: Record<string, number> };
  capacity: Loaded;
  human: Loaded & { byKind: Record<string, number> };
  acknowledged: number;
  found: number;
};

/** A percentile of each kind of request, so that a slow kind shows by name. */
function byKind(samples: Sample[], fraction: number): Record<string, number> {
  const kinds = [...new Set(samples.map((sample) => sample.kind))].sort();
  return Object.fromEntries(kinds.map((kind) => [kind, Math.round(percentile(samples.filter((sample) => sample.kind === kind).map((sample) => sample.ms), fraction))]));
}

/** A closed loop of `connections` for `duration` seconds (bench/lib/closed-loop.ts), its figures rounded. */
async function loaded(url: string, requests: (cookie: string) => autocannon.Request[], cookies: string[], duration = seconds): Promise<Loaded> {
  const figures = await closedLoop({ url, connections, seconds: duration, cookies, requests });
  return {
    requestsPerSecond: Math.round(figures.requestsPerSecond),
    p50: Math.round(figures.p50),
    p95: Math.round(figures.p95),
    p99: Math.round(figures.p99),
    errors: figures.errors,
  };
}

async function run(engine: "pglite" | "postgres", databaseUrl?: string): Promise<Figures> {
  const dataDir = path.join(root, "bench", ".data", `load-${engine}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = await startServer({ port, dataDir, databaseUrl, testSupport: true });
  const acknowledged: string[] = [];
  let alone: Sample[], capacity: Loaded, human: Sample[];
  try {
    const cookies: string[] = [];
    for (let index = 0; index < Math.max(connections, people); index++) {
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
    const milestone = () => {
      const target = targets[written % targets.length]!;
      written++;
      return {
        path: `/api/v1/countries/${target.code}/milestones`,
        body: JSON.stringify({ countryStepId: target.stepId, title: `Load test milestone ${written}`, occurredOn: "2026-01-15", description: "Written under load." }),
      };
    };
    const acknowledge = (status: number, body: string) => {
      if (status === 201) acknowledged.push((JSON.parse(body) as { data: { id: string } }).data.id);
    };
    // The API takes the session's writes from our own origin only (decision 300).
    const writeHeaders = (cookie: string) => ({ cookie, origin: server.url, "content-type": "application/json" });

    /** The mix for autocannon: each connection is one person, every request carrying that person's session. */
    const requestsFor = (cookie: string): autocannon.Request[] => [
      { method: "GET", path: "/countries", headers: { cookie } },
      { method: "GET", path: "/api/v1/countries?limit=20", headers: { cookie } },
      { method: "POST", headers: writeHeaders(cookie), setupRequest: (request) => ({ ...request, ...milestone() }), onResponse: acknowledge },
    ];
    /** The same mix, one request at a time, for the person alone and the human load. */
    const send = async (cookie: string, n: number) => {
      const kind = (["page", "api read", "write"] as const)[n % 3]!;
      const write = kind === "write" ? milestone() : null;
      const response = write
        ? await fetch(`${server.url}${write.path}`, { method: "POST", headers: writeHeaders(cookie), body: write.body })
        : await fetch(`${server.url}${kind === "page" ? "/countries" : "/api/v1/countries?limit=20"}`, { headers: { cookie } });
      const text = await response.text();
      if (kind === "write") acknowledge(response.status, text);
      if (response.status >= 400 && process.env.LOAD_DEBUG) console.error(response.status, kind);
      return { kind, status: response.status };
    };

    await onePersonAlone(cookies[0]!, 30, send); // warm-up: the first render of each route compiles nothing, but fills caches
    alone = await onePersonAlone(cookies[0]!, aloneRequests, send);
    // The human load before the closed loop: autocannon stops sending at its end, not the server working, so a run
    // after it would start on the closed loop's queue.
    human = await openLoop({ people: cookies.slice(0, people), paceMs, seconds: humanSeconds, send });
    capacity = await loaded(server.url, requestsFor, cookies.slice(0, connections));
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
  const ms = (samples: Sample[]) => samples.map((sample) => sample.ms);
  const failures = (samples: Sample[]) => samples.filter((sample) => sample.status === 0 || sample.status >= 400).length;
  return {
    engine,
    alone: { p50: Math.round(percentile(ms(alone), 0.5)), errors: failures(alone), byKind: byKind(alone, 0.5) },
    capacity,
    human: {
      requestsPerSecond: Math.round(human.length / humanSeconds),
      p50: Math.round(percentile(ms(human), 0.5)),
      p95: Math.round(percentile(ms(human), 0.95)),
      p99: Math.round(percentile(ms(human), 0.99)),
      errors: failures(human),
      byKind: byKind(human, 0.95),
    },
    acknowledged: acknowledged.length,
    found,
  };
}

/** The bare dynamic page under the same closed loop: the capacity a request costing nearly nothing gives here. */
async function bare(): Promise<Loaded> {
  buildBareNextOnce();
  const server = await serveNextApp(bareNextDir, barePort);
  try {
    const url = `http://localhost:${barePort}`;
    const request = (cookie: string): autocannon.Request[] => [{ method: "GET", path: "/dynamic", headers: { cookie } }];
    await loaded(url, request, ["language=fr"], 5); // warm-up, as Socle's server is warmed by the runs before its own
    return await loaded(url, request, ["language=fr"]);
  } finally {
    server.kill("SIGTERM");
  }
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
const yardstick = process.env.LOAD_BARE === "0" ? null : await bare();

const table = (header: string[], rows: (string | number)[][]) => {
  console.log(header.map((cell, index) => (index ? cell.padStart(9) : cell.padEnd(10))).join(" "));
  for (const row of rows) console.log(row.map((cell, index) => (index ? String(cell).padStart(9) : String(cell).padEnd(10))).join(" "));
};
console.log(`\nload: the mix of page reads, API reads and writes (2:1) of signed-in coordinators`);
console.log(`one person alone (${aloneRequests} requests, one at a time), p50 in ms:`);
table(["engine", "all", ...Object.keys(figures[0]!.alone.byKind), "errors"], figures.map((row) => [row.engine, row.alone.p50, ...Object.values(row.alone.byKind), row.alone.errors]));
console.log(`\ncapacity: ${connections} connections in a closed loop for ${seconds} s`);
table(
  ["engine", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "× bare"],
  [
    ...figures.map((row) => [row.engine, row.capacity.requestsPerSecond, row.capacity.p50, row.capacity.p95, row.capacity.p99, row.capacity.errors, yardstick ? (row.capacity.requestsPerSecond / yardstick.requestsPerSecond).toFixed(2) : "-"]),
    ...(yardstick ? [["bare page", yardstick.requestsPerSecond, yardstick.p50, yardstick.p95, yardstick.p99, yardstick.errors, "1.00"]] : []),
  ],
);
console.log(`\na human load: ${people} people, a request every ${paceMs} ms each, open loop, ${humanSeconds} s`);
table(
  ["engine", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "p95÷alone", ...Object.keys(figures[0]!.human.byKind).map((kind) => `${kind} p95`)],
  figures.map((row) => [row.engine, row.human.requestsPerSecond, row.human.p50, row.human.p95, row.human.p99, row.human.errors, (row.human.p95 / row.alone.p50).toFixed(1), ...Object.values(row.human.byKind)]),
);
console.log(`\nwrites acknowledged under load and found afterwards:`);
table(["engine", "acked", "found"], figures.map((row) => [row.engine, row.acknowledged, row.found]));
if (figures.some((row) => row.found !== row.acknowledged)) {
  console.error("Some acknowledged writes are missing from the database.");
  process.exit(1);
}
if (figures.some((row) => row.alone.errors + row.capacity.errors + row.human.errors > 0) || (yardstick && yardstick.errors > 0)) {
  console.error("Some requests failed or timed out (run with LOAD_DEBUG=1 to see which).");
  process.exit(1);
}
