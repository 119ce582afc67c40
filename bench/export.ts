/**
 * Time and peak memory of the milestone export as CSV and as XLSX at 10,000 and 100,000 rows, through the same
 * lib/ functions as the download route. Rows are seeded with bulk SQL; each measurement runs in a fresh child
 * process that samples its own RSS, so one size's memory cannot hide in another's.
 *
 *   npm run bench:export
 *   BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:55432/postgres npm run bench:export   (adds PostgreSQL)
 *   EXPORT_ROWS=10000,100000 EXPORT_RUNS=3 EXPORT_HEAP_MB=128                              (the defaults)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { type Engine, openPglite, openPostgres } from "../db/engine";
import { createDatabase, dropDatabase } from "../db/server-databases";
import { seedDatabase } from "../lib/seed/seed-database";
import { createPerson } from "../lib/testing/test-database";
import { loadActor } from "../lib/actor";
import { exportTables } from "../lib/reports/exports";
import { csvStream } from "../lib/reports/write-csv-stream";
import { xlsxStream } from "../lib/reports/write-xlsx-stream";

const root = path.resolve(import.meta.dirname, "..");
const sizes = (process.env.EXPORT_ROWS ?? "10000,100000").split(",").map(Number);
const runs = Number(process.env.EXPORT_RUNS ?? 3);
const heapMb = Number(process.env.EXPORT_HEAP_MB ?? 128);
const formats = ["csv", "xlsx"] as const;
type Format = (typeof formats)[number];
type Target = { engine: "pglite" | "postgres"; location: string };
type Measure = { seconds: number[]; bytes: number; baseMb: number; peakMb: number };

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
    return coordinator.userId;
  } finally {
    await engine.close();
  }
}

/** In the child: export `runs` times, sampling RSS every 10 ms. */
async function measure(target: Target, format: Format, userId: string): Promise<Measure> {
  const engine = await open(target);
  try {
    const actor = await loadActor(engine.db, userId);
    if (!actor) throw new Error("bench: the coordinator is gone");
    const mb = () => process.memoryUsage.rss() / 2 ** 20;
    const baseMb = mb();
    let peakMb = baseMb;
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, mb())), 10);
    const seconds: number[] = [];
    let bytes = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const { tables } = await exportTables(engine.db, actor, "milestones", {}, { locale: "en", origin: "https://socle.example" });
      const stream = format === "csv" ? csvStream(tables[0]!) : xlsxStream(tables);
      bytes = 0;
      const reader = stream.getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
      seconds.push((performance.now() - started) / 1000);
      peakMb = Math.max(peakMb, mb());
    }
    clearInterval(sampler);
    return { seconds, bytes, baseMb, peakMb };
  } finally {
    await engine.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  if (process.argv[2] === "measure") {
    const [, , , engine, location, format, userId] = process.argv;
    const result = await measure({ engine: engine as Target["engine"], location: location! }, format as Format, userId!);
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const targets: ((rows: number) => Promise<Target>)[] = [
    async (rows) => {
      const location = path.join(root, "bench", ".data", `export-${rows}`);
      fs.rmSync(location, { recursive: true, force: true });
      return { engine: "pglite", location };
    },
  ];
  if (process.env.BENCH_POSTGRES_URL) {
    targets.push(async (rows) => ({ engine: "postgres", location: await freshPostgres(process.env.BENCH_POSTGRES_URL!, `socle_bench_export_${rows}`) }));
  }
  console.log(`Milestone export, median of ${runs} runs, JavaScript heap capped at ${heapMb} MB; RSS of the exporting process (MB) before and at its peak.\n`);
  console.log("| engine | rows | format | time (s) | file (MB) | RSS before | RSS peak | peak − before |");
  console.log("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const makeTarget of targets) {
    for (const rows of sizes) {
      const target = await makeTarget(rows);
      const userId = await prepare(target, rows);
      for (const format of formats) {
        // A capped heap makes V8 collect as it goes, so the peak is what the export holds, not garbage not yet collected.
        const output = execFileSync("npx", ["tsx", "--conditions=react-server", `--max-old-space-size=${heapMb}`, path.join(root, "bench", "export.ts"), "measure", target.engine, target.location, format, userId], {
          cwd: root,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "inherit"],
        });
        const result = JSON.parse(output) as Measure;
        console.log(
          `| ${target.engine} | ${rows.toLocaleString("en")} | ${format} | ${median(result.seconds).toFixed(2)} | ${(result.bytes / 2 ** 20).toFixed(1)} | ` +
            `${result.baseMb.toFixed(0)} | ${result.peakMb.toFixed(0)} | ${(result.peakMb - result.baseMb).toFixed(0)} |`,
        );
      }
      if (target.engine === "pglite") fs.rmSync(target.location, { recursive: true, force: true });
      else {
        await dropDatabase(process.env.BENCH_POSTGRES_URL!, `socle_bench_export_${rows}`);
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
