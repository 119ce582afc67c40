/**
 * Time and peak memory of the milestone export as CSV and as XLSX at 10,000 and 100,000 rows, through the same
 * lib/ functions as the download route, against its floor: one plain query of the same rows through the same
 * driver, written by the same CSV writer (csv-stringify), in the same run. Goals (issue 24): CSV ÷ floor ≤ 1.5,
 * XLSX ÷ the same CSV floor ≤ 3. Rows are seeded with bulk SQL; each measurement runs in a fresh child process
 * that samples its own RSS, so one size's memory cannot hide in another's, and the floor, the CSV and the XLSX
 * take turns round by round, so a busy machine slows all three alike.
 *
 *   npm run bench:export
 *   BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:55432/postgres npm run bench:export   (adds PostgreSQL)
 *   EXPORT_ROWS=10000,100000 EXPORT_RUNS=3 EXPORT_HEAP_MB=128                              (the defaults)
 *   EXPORT_ENGINES=postgres                                                                (one engine)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { sql } from "drizzle-orm";
import { type Engine, openPglite, openPostgres, queryRows } from "../db/engine";
import { createDatabase, dropDatabase } from "../db/server-databases";
import { seedDatabase } from "../lib/seed/seed-database";
import { createPerson } from "../lib/testing/test-database";
import { loadActor } from "../lib/actor";
import { exportTables } from "../lib/reports/exports";
import { exportBatchSize } from "../lib/reports/tabular";
import { csvStream } from "../lib/reports/write-csv-stream";
import { xlsxStream } from "../lib/reports/write-xlsx-stream";

const root = path.resolve(import.meta.dirname, "..");
const sizes = (process.env.EXPORT_ROWS ?? "10000,100000").split(",").map(Number);
const runs = Number(process.env.EXPORT_RUNS ?? 3);
const heapMb = Number(process.env.EXPORT_HEAP_MB ?? 128);
const engines = (process.env.EXPORT_ENGINES ?? "pglite,postgres").split(",");
const origin = "https://socle.example";
const formats = ["floor", "csv", "xlsx"] as const;
type Format = (typeof formats)[number];
type Target = { engine: "pglite" | "postgres"; location: string };
type Measure = { seconds: number; bytes: number; baseMb: number; peakMb: number };

function open(target: Target): Promise<Engine> {
  return target.engine === "pglite" ? openPglite(target.location) : openPostgres(target.location, 2);
}

async function freshPostgres(serverUrl: string, name: string): Promise<string> {
  await dropDatabase(serverUrl, name);
  return createDatabase(serverUrl, name);
}

/** A seeded database with `rows` milestones spread over every country's steps, each with one link. */
async function prepare(target: Target, rows: number): Promise<string> {
  const engine = await open(target);
  try {
    await engine.migrate();
    await seedDatabase(engine.db, { demoAccounts: false });
    const coordinator = await createPerson(engine, { role: "coordinator", name: "Bench coordinator" });
    await engine.db.execute(sql`
      with steps as (select id, country_code, row_number() over (order by id) - 1 as n from country_steps),
           total as (select count(*) as n from steps)
      insert into milestones (country_code, country_step_id, title, occurred_on, description, author_id)
      select s.country_code, s.id, 'Bench milestone ' || g, date '2020-01-01' + (g % 2000),
             'Row ' || g || ': minutes of the working group, validated.', ${coordinator.userId}
      from generate_series(0, ${rows - 1}) g join steps s on s.n = g % (select n from total)`);
    await engine.db.execute(sql`
      insert into evidence (milestone_id, country_code, kind, title, url, added_by_id)
      select id, country_code, 'link', 'Minutes', 'https://example.org/minutes/' || id, author_id from milestones`);
    // The statistics a live PostgreSQL server's autovacuum would have gathered by now (PGlite has no autovacuum).
    await engine.db.execute(sql`analyze`);
    return coordinator.userId;
  } finally {
    await engine.close();
  }
}

/**
 * The floor: the export's rows and columns (a coordinator reads every live milestone) as one plain query, every
 * row at once, written by the same CSV writer in batches of the export's size. No paging, no sharing rule, no
 * guarding of formulas: what the database and the writer cost alone.
 */
async function* floorChunks(engine: Engine): AsyncGenerator<string> {
  const rows = await queryRows<Record<string, unknown>>(
    engine.db,
    sql`with steps as (
          select cs.id, row_number() over (partition by cs.country_code order by cs.position) as number,
                 coalesce(fs.title ->> 'en', cs.national_title, '') as title
          from country_steps cs left join framework_steps fs on fs.id = cs.framework_step_id)
        select m.country_code, s.number, s.title as step, m.title, m.occurred_on, m.description, u.name,
               (select count(*) from evidence e where e.milestone_id = m.id and e.deleted_at is null) as evidence_count,
               (select string_agg(e.title || ' <' || coalesce(e.url, ${origin} || '/api/evidence/' || e.id) || '>', '; ' order by e.created_at)
                from evidence e where e.milestone_id = m.id and e.deleted_at is null) as evidence
        from milestones m join users u on u.id = m.author_id join steps s on s.id = m.country_step_id
        where m.deleted_at is null
        order by m.occurred_on desc, m.created_at desc, m.id desc`,
  );
  yield `\uFEFF${stringify([Object.keys(rows[0] ?? {})])}`;
  for (let start = 0; start < rows.length; start += exportBatchSize) yield stringify(rows.slice(start, start + exportBatchSize).map((row) => Object.values(row)));
}

/** The bytes of one export (or of the floor), read to the end as the download route's reader would. */
async function readExport(engine: Engine, format: Format, userId: string): Promise<number> {
  let bytes = 0;
  if (format === "floor") {
    const encoder = new TextEncoder();
    for await (const chunk of floorChunks(engine)) bytes += encoder.encode(chunk).byteLength;
    return bytes;
  }
  const actor = await loadActor(engine.db, userId);
  if (!actor) throw new Error("bench: the coordinator is gone");
  const { tables } = await exportTables(engine.db, actor, "milestones", {}, { locale: "en", origin });
  const reader = (format === "csv" ? csvStream(tables[0]!) : xlsxStream(tables)).getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
  return bytes;
}

/** In the child: one export, sampling RSS every 10 ms. */
async function measure(target: Target, format: Format, userId: string): Promise<Measure> {
  const engine = await open(target);
  try {
    const mb = () => process.memoryUsage.rss() / 2 ** 20;
    const baseMb = mb();
    let peakMb = baseMb;
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, mb())), 10);
    const started = performance.now();
    const bytes = await readExport(engine, format, userId);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    return { seconds, bytes, baseMb, peakMb: Math.max(peakMb, mb()) };
  } finally {
    await engine.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The floor holds every row at once, as one plain query does: its heap may grow to what that needs. */
const floorHeapMb = 1024;

function child(target: Target, format: Format, userId: string): Measure {
  // A capped heap makes V8 collect as it goes, so the peak is what the export holds, not garbage not yet collected.
  const heap = format === "floor" ? Math.max(heapMb, floorHeapMb) : heapMb;
  const output = execFileSync("npx", ["tsx", "--conditions=react-server", `--max-old-space-size=${heap}`, path.join(root, "bench", "export.ts"), "measure", target.engine, target.location, format, userId], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(output) as Measure;
}

async function main() {
  if (process.argv[2] === "measure") {
    const [, , , engine, location, format, userId] = process.argv;
    const result = await measure({ engine: engine as Target["engine"], location: location! }, format as Format, userId!);
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const targets: ((rows: number) => Promise<Target>)[] = [];
  if (engines.includes("pglite")) {
    targets.push(async (rows) => {
      const location = path.join(root, "bench", ".data", `export-${rows}`);
      fs.rmSync(location, { recursive: true, force: true });
      return { engine: "pglite", location };
    });
  }
  if (process.env.BENCH_POSTGRES_URL && engines.includes("postgres")) {
    targets.push(async (rows) => ({ engine: "postgres", location: await freshPostgres(process.env.BENCH_POSTGRES_URL!, `socle_bench_export_${rows}`) }));
  }
  console.log(
    `Milestone export, median of ${runs} rounds (floor, CSV and XLSX in turn, each in a fresh process), JavaScript heap capped at ${heapMb} MB (the floor's at ${Math.max(heapMb, floorHeapMb)} MB: it holds every row); ` +
      `RSS of the exporting process (MB) before and at its peak (the highest of the rounds). Ratio: time ÷ the floor's. Goals: CSV ≤ 1.5, XLSX ≤ 3.\n`,
  );
  console.log("| engine | rows | format | time (s) | ÷ floor | file (MB) | RSS before | RSS peak | peak − before |");
  console.log("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const makeTarget of targets) {
    for (const rows of sizes) {
      const target = await makeTarget(rows);
      const userId = await prepare(target, rows);
      const results = new Map<Format, Measure[]>(formats.map((format) => [format, []]));
      for (let round = 0; round < runs; round++) for (const format of formats) results.get(format)!.push(child(target, format, userId));
      const floor = median(results.get("floor")!.map((result) => result.seconds));
      for (const format of formats) {
        const measured = results.get(format)!;
        const seconds = median(measured.map((result) => result.seconds));
        const peak = measured.reduce((highest, result) => (result.peakMb - result.baseMb > highest.peakMb - highest.baseMb ? result : highest));
        console.log(
          `| ${target.engine} | ${rows.toLocaleString("en")} | ${format} | ${seconds.toFixed(2)} | ${(seconds / floor).toFixed(2)} | ${(measured[0]!.bytes / 2 ** 20).toFixed(1)} | ` +
            `${peak.baseMb.toFixed(0)} | ${peak.peakMb.toFixed(0)} | ${(peak.peakMb - peak.baseMb).toFixed(0)} |`,
        );
      }
      if (target.engine === "pglite") fs.rmSync(target.location, { recursive: true, force: true });
      else await dropDatabase(process.env.BENCH_POSTGRES_URL!, `socle_bench_export_${rows}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
