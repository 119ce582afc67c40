/**
 * The matrix on a large dataset (bench/lib/matrix-data.ts): the median time of the lib function behind
 * GET /api/v1/matrix, of its aggregate run as one raw SQL query on the same database, their ratio (goal ≤ 1.5),
 * and the median of the matrix "as of" a past day; on PGlite, and on PostgreSQL when BENCH_POSTGRES_URL is set.
 *
 *   npm run bench:matrix
 *   BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:55432/postgres npm run bench:matrix
 *   MATRIX_RUNS=5 MATRIX_SCALE=0.1 npm run bench:matrix        (fewer runs, a tenth of the data)
 *   MATRIX_ENGINES=postgres MATRIX_EXPLAIN=1 …                  (one engine; print the query plans)
 */
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { type Engine, openPglite, openPostgres, queryRows } from "../db/engine";
import { createDatabase, dropDatabase } from "../db/server-databases";
import { seedDatabase } from "../lib/seed/seed-database";
import { createPerson } from "../lib/testing/test-database";
import { getProgressMatrix } from "../lib/matrix/get-progress-matrix";
import { matrixSql } from "../lib/matrix/matrix-sql";
import { milestoneVisibleTo } from "../lib/sharing/visibility";
import { fullSize, generateMatrixData } from "./lib/matrix-data";
import { root } from "./lib/server";

const runs = Number(process.env.MATRIX_RUNS ?? 15);
const scale = Number(process.env.MATRIX_SCALE ?? 1);
const size = {
  ...fullSize,
  milestones: Math.round(fullSize.milestones * scale),
  supportEntries: Math.round(fullSize.supportEntries * scale),
  auditRowsPerMonth: Math.round(fullSize.auditRowsPerMonth * scale),
};
const asOf = "2025-11-01";

type Figures = { engine: string; generated: number; countries: number; lib: number; raw: number; asOf: number; asOfRaw: number; filtered: number };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Median milliseconds of two kinds of call over `runs` rounds, after one warm-up call each; the two alternate
 * within a round, so a busy machine slows both alike and the ratio stays fair.
 */
async function timeBoth(first: () => Promise<unknown>, second: () => Promise<unknown>): Promise<[number, number]> {
  await first();
  await second();
  const times: [number[], number[]] = [[], []];
  for (let run = 0; run < runs; run++) {
    for (const [index, work] of [first, second].entries()) {
      const started = performance.now();
      await work();
      times[index]!.push(performance.now() - started);
    }
  }
  return [median(times[0]), median(times[1])];
}

async function measure(engine: Engine): Promise<Figures> {
  const log = (line: string) => console.log(`[${engine.kind}] ${line}`);
  const started = performance.now();
  await engine.migrate();
  await seedDatabase(engine.db, { demoAccounts: false });
  log("generating the dataset");
  await generateMatrixData(engine.db, size, log);
  const generated = (performance.now() - started) / 1000;

  const reviewer = await createPerson(engine, { role: "reviewer" });
  const lib = (query: Record<string, string>) => () => getProgressMatrix(engine.db, reviewer, query);
  // The same aggregate the lib function sends, straight to the driver: what the lib and API add is the rest.
  const raw = (query: { asOf?: string }) => () => queryRows(engine.db, matrixSql(query, milestoneVisibleTo(reviewer)));
  const countries = (await getProgressMatrix(engine.db, reviewer, {})).countries.length;
  if (process.env.MATRIX_EXPLAIN) {
    for (const query of [{}, { asOf }]) {
      const plan = await queryRows<{ "QUERY PLAN": string }>(engine.db, sql`explain (analyze, buffers) ${matrixSql(query, milestoneVisibleTo(reviewer))}`);
      log(`plan ${JSON.stringify(query)}:\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);
    }
  }
  log("timing");
  const [libTime, rawTime] = await timeBoth(lib({}), raw({}));
  const [asOfTime, asOfRawTime] = await timeBoth(lib({ asOf }), raw({ asOf }));
  const [filtered] = await timeBoth(lib({ region: "africa", status: "completed" }), raw({}));
  return { engine: engine.kind, generated, countries, lib: libTime, raw: rawTime, asOf: asOfTime, asOfRaw: asOfRawTime, filtered };
}

async function onPglite(): Promise<Figures> {
  const folder = path.join(root, "bench", ".data", "matrix-pglite");
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const engine = await openPglite(folder);
  try {
    return await measure(engine);
  } finally {
    await engine.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function onPostgres(serverUrl: string): Promise<Figures> {
  const name = process.env.BENCH_DATABASE ?? "socle_bench_matrix";
  await dropDatabase(serverUrl, name);
  const engine = await openPostgres(await createDatabase(serverUrl, name), 4);
  try {
    return await measure(engine);
  } finally {
    await engine.close();
    await dropDatabase(serverUrl, name);
  }
}

const engines = (process.env.MATRIX_ENGINES ?? "pglite,postgres").split(",");
const results: Figures[] = [];
if (engines.includes("pglite")) results.push(await onPglite());
if (engines.includes("postgres") && process.env.BENCH_POSTGRES_URL) results.push(await onPostgres(process.env.BENCH_POSTGRES_URL));

const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(`\n${size.countries} countries, ${size.milestones} milestones, ${size.supportEntries} support entries, ${size.auditRowsPerMonth * size.months} audit rows; medians of ${runs} runs\n`);
console.log("| engine | generate | matrix (lib/API) | same aggregate, raw SQL | ratio | as of (lib) | as of, raw SQL | Africa + completed |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const figures of results) {
  console.log(
    `| ${figures.engine} | ${figures.generated.toFixed(0)} s | ${ms(figures.lib)} | ${ms(figures.raw)} | ${(figures.lib / figures.raw).toFixed(2)} | ` +
      `${ms(figures.asOf)} | ${ms(figures.asOfRaw)} | ${ms(figures.filtered)} |`,
  );
}
