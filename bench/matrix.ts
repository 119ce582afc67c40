/**
 * The pages on a large dataset (bench/lib/matrix-data.ts), at a tenth of its size and at its full size side by
 * side: the median time of the lib functions behind the matrix, the countries list, a country's page and its report,
 * and the cross-country summary report, on both datasets in alternation, and their ratio (goal ≤ 1.3: the pages read their steps' kept figures, decision
 * 2420, so they follow the cells, not the history). Then, on the full dataset, the matrix against its aggregate run
 * as one raw SQL query (goal ≤ 1.5), and the matrix "as of" a past day; on PGlite, and on PostgreSQL when
 * BENCH_POSTGRES_URL is set.
 *
 *   npm run bench:matrix
 *   BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:55432/postgres npm run bench:matrix
 *   MATRIX_RUNS=5 MATRIX_SCALE=0.1 npm run bench:matrix        (fewer runs, a tenth of the data: 1,000 and 10,000 milestones)
 *   MATRIX_ENGINES=postgres MATRIX_EXPLAIN=1 …                  (one engine; print the query plans)
 */
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { type Engine, openPglite, openPostgres, queryRows } from "../db/engine";
import { createDatabase, dropDatabase } from "../db/server-databases";
import { createPerson } from "../lib/testing/test-database";
import { getAssessmentSummary } from "../lib/assessment/matrix/summary";
import { listCountries } from "../lib/countries/query-countries";
import { getProgressMatrix } from "../lib/matrix/get-progress-matrix";
import { matrixSql } from "../lib/matrix/matrix-sql";
import { behindPlanCountrySteps } from "../lib/plans/behind-plan";
import { utcToday } from "../lib/plans/plan-arithmetic";
import { getCountryWorkspace } from "../lib/progress/get-country-workspace";
import { getCountryReport } from "../lib/reports/get-country-report";
import { getSummaryReport } from "../lib/reports/get-summary-report";
import { fullSize, type MatrixDataSize, migrateSeedAndFill } from "./lib/matrix-data";
import { root } from "./lib/server";
import { median } from "./lib/timing";

const runs = Number(process.env.MATRIX_RUNS ?? 15);
const scale = Number(process.env.MATRIX_SCALE ?? 1);
const scaled = (factor: number): MatrixDataSize => ({
  ...fullSize,
  milestones: Math.round(fullSize.milestones * factor),
  supportEntries: Math.round(fullSize.supportEntries * factor),
  auditRowsPerMonth: Math.round(fullSize.auditRowsPerMonth * factor),
});
/** The dataset timed against the large one: a tenth of its records, over the same countries and steps. */
const small = scaled(scale / 10);
const size = scaled(scale);
const asOf = "2025-11-01";
/** The country whose page and report are timed: one of the seed's, with its share of the generated records. */
const countryShown = "MZ";

type PageFigures = { page: string; small: number; large: number };
type Figures = {
  engine: string;
  generated: number;
  countries: number;
  pages: PageFigures[];
  lib: number;
  raw: number;
  asOf: number;
  asOfRaw: number;
  filtered: number;
};

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

/** A migrated, seeded database filled to `dataSize`, with the people who read it. */
async function prepare(engine: Engine, dataSize: MatrixDataSize, log: (line: string) => void) {
  await migrateSeedAndFill(engine, dataSize, log);
  // The reviewer reads what is shared with all; the coordinator reads everything (the most figures to add up).
  const reviewer = await createPerson(engine, { role: "reviewer" });
  const coordinator = await createPerson(engine, { role: "coordinator" });
  const { db } = engine;
  const pages: [string, () => Promise<unknown>][] = [
    ["matrix", () => getProgressMatrix(db, reviewer, {})],
    ["countries list", () => Promise.all([listCountries(db, reviewer, { locale: "en" }), behindPlanCountrySteps(db, utcToday())])],
    [
      "country page",
      async () => {
        const workspace = await getCountryWorkspace(db, coordinator, countryShown);
        return getAssessmentSummary(db, coordinator, workspace.country.code);
      },
    ],
    ["country report", () => getCountryReport(db, coordinator, countryShown)],
    ["summary report", () => getSummaryReport(db, coordinator, "en")],
  ];
  return { reviewer, pages };
}

async function measure(smallEngine: Engine, engine: Engine): Promise<Figures> {
  const log = (line: string) => console.log(`[${engine.kind}] ${line}`);
  const started = performance.now();
  const smaller = await prepare(smallEngine, small, log);
  const larger = await prepare(engine, size, log);
  const generated = (performance.now() - started) / 1000;

  log("timing the pages on both datasets");
  const pages: PageFigures[] = [];
  for (const [index, [page, onLarge]] of larger.pages.entries()) {
    const [smallTime, largeTime] = await timeBoth(smaller.pages[index]![1], onLarge);
    pages.push({ page, small: smallTime, large: largeTime });
  }

  const { reviewer } = larger;
  const lib = (query: Record<string, string>) => () => getProgressMatrix(engine.db, reviewer, query);
  // The same aggregate the lib function sends, straight to the driver: what the lib and API add is the rest.
  const raw = (query: { asOf?: string }) => () => queryRows(engine.db, matrixSql(query, reviewer));
  const countries = (await getProgressMatrix(engine.db, reviewer, {})).countries.length;
  if (process.env.MATRIX_EXPLAIN) {
    for (const query of [{}, { asOf }]) {
      const plan = await queryRows<{ "QUERY PLAN": string }>(engine.db, sql`explain (analyze, buffers) ${matrixSql(query, reviewer)}`);
      log(`plan ${JSON.stringify(query)}:\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);
    }
  }
  log("timing the matrix on the full dataset");
  const [libTime, rawTime] = await timeBoth(lib({}), raw({}));
  const [asOfTime, asOfRawTime] = await timeBoth(lib({ asOf }), raw({ asOf }));
  const [filtered] = await timeBoth(lib({ region: "africa", status: "completed" }), raw({}));
  return { engine: engine.kind, generated, countries, pages, lib: libTime, raw: rawTime, asOf: asOfTime, asOfRaw: asOfRawTime, filtered };
}

async function onPglite(): Promise<Figures> {
  const folders = ["small", "large"].map((name) => path.join(root, "bench", ".data", `matrix-pglite-${name}`));
  for (const folder of folders) {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder, { recursive: true });
  }
  const [smallEngine, engine] = [await openPglite(folders[0]!), await openPglite(folders[1]!)];
  try {
    return await measure(smallEngine, engine);
  } finally {
    await Promise.all([smallEngine.close(), engine.close()]);
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function onPostgres(serverUrl: string): Promise<Figures> {
  const names = ["small", "large"].map((name) => `${process.env.BENCH_DATABASE ?? "socle_bench_matrix"}_${name}`);
  for (const name of names) await dropDatabase(serverUrl, name);
  const smallEngine = await openPostgres(await createDatabase(serverUrl, names[0]!), 4);
  const engine = await openPostgres(await createDatabase(serverUrl, names[1]!), 4);
  try {
    return await measure(smallEngine, engine);
  } finally {
    await Promise.all([smallEngine.close(), engine.close()]);
    for (const name of names) await dropDatabase(serverUrl, name);
  }
}

const engines = (process.env.MATRIX_ENGINES ?? "pglite,postgres").split(",");
const results: Figures[] = [];
if (engines.includes("pglite")) results.push(await onPglite());
if (engines.includes("postgres") && process.env.BENCH_POSTGRES_URL) results.push(await onPostgres(process.env.BENCH_POSTGRES_URL));

const ms = (value: number) => `${value.toFixed(1)} ms`;
const thousands = (value: number) => value.toLocaleString("en");
console.log(`\n${size.countries} countries; medians of ${runs} runs, the two datasets alternating\n`);
console.log(`| engine | page | ${thousands(small.milestones)} milestones | ${thousands(size.milestones)} milestones | ratio |`);
console.log("| --- | --- | ---: | ---: | ---: |");
for (const figures of results) {
  for (const page of figures.pages) console.log(`| ${figures.engine} | ${page.page} | ${ms(page.small)} | ${ms(page.large)} | ${(page.large / page.small).toFixed(2)} |`);
}
console.log(`\n${size.countries} countries, ${size.milestones} milestones, ${size.supportEntries} support entries, ${size.auditRowsPerMonth * size.months} audit rows; medians of ${runs} runs\n`);
console.log("| engine | generate (both) | matrix (lib/API) | same aggregate, raw SQL | ratio | as of (lib) | as of, raw SQL | Africa + completed |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const figures of results) {
  console.log(
    `| ${figures.engine} | ${figures.generated.toFixed(0)} s | ${ms(figures.lib)} | ${ms(figures.raw)} | ${(figures.lib / figures.raw).toFixed(2)} | ` +
      `${ms(figures.asOf)} | ${ms(figures.asOfRaw)} | ${ms(figures.filtered)} |`,
  );
}
