/**
 * Search speed: fills a database with a large generated dataset (20 000 milestones, half kept to their
 * country, 10 000 support entries, 2 000 experience write-ups in four languages, 500 library resources), then
 * times `searchEverything` for a country's working-group member over a fixed list of queries, each run 20 times
 * after a warm-up. Prints the median and p95 per engine. No assertion: figures go to docs/performance.md.
 *
 *   npm run bench:search                                                        (PGlite in memory)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:55432/postgres npm run bench:search   (a throw-away PostgreSQL database)
 *   SEARCH_SCALE=0.1 npm run bench:search                                       (a tenth of the data)
 */
import { sql } from "drizzle-orm";
import { queryRows } from "../db/engine";
import { createPerson, createTestDatabase } from "../lib/testing/test-database";
import { searchEverything } from "../lib/search/search-everything";

const scale = Number(process.env.SEARCH_SCALE ?? 1);
const rounds = 20;
const queries = ["actuarial", "costing pension", "cash transfer", "coût protection sociale", "financiamento", "working group decree", "zzzz nothing"];

const words = [
  "costing", "pension", "child", "benefit", "cash", "transfer", "fiscal", "space", "actuarial", "valuation", "decree", "working", "group",
  "ministry", "finance", "labour", "health", "insurance", "assessment", "dialogue", "budget", "coverage", "informal", "workers", "disability",
  "protection", "sociale", "coût", "financement", "protección", "social", "financiamento", "avaliação", "maternity", "survey", "household",
];

async function main() {
  const started = performance.now();
  const database = await createTestDatabase();
  const engine = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";
  try {
    const author = await createPerson(database, { role: "coordinator" });
    const reader = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
    const n = (count: number) => Math.max(1, Math.round(count * scale));
    const list = `array[${words.map((word) => `'${word}'`).join(",")}]`;
    // A sentence of random words from the list, built in SQL so the rows are generated where they are stored.
    const sentence = (length: number) => `(select string_agg((${list})[1 + floor(random() * ${words.length})::int], ' ') from generate_series(1, ${length} + (g * 0)))`;
    await database.db.execute(sql.raw(`
      insert into milestones (country_code, country_step_id, title, description, occurred_on, author_id, sharing_level)
      select cs.country_code, cs.id, ${sentence(6)}, ${sentence(40)}, date '2015-01-01' + (g % 3000), '${author.userId}',
             (case when g % 2 = 0 then 'all' else 'country' end)::sharing_level
      from generate_series(1, ${n(20000)}) g
      join lateral (select id, country_code from country_steps order by id offset (g % (select count(*) from country_steps)) limit 1) cs on true`));
    await database.db.execute(sql.raw(`
      insert into support_entries (country_code, agency_id, kind, technical_category, reference, title, description, created_by_id)
      select c.code, a.id, 'technical', 'training_capacity', 'BENCH-' || g, ${sentence(6)}, ${sentence(40)}, '${author.userId}'
      from generate_series(1, ${n(10000)}) g
      join lateral (select code from countries order by code offset (g % (select count(*) from countries)) limit 1) c on true
      join lateral (select id from agencies order by acronym offset (g % (select count(*) from agencies)) limit 1) a on true`));
    await database.db.execute(sql.raw(`
      insert into resources (title, description, kind, languages, step_keys)
      select ${sentence(5)}, ${sentence(30)}, 'guide', array['en'], array['costing_financing']
      from generate_series(1, ${n(500)}) g`));
    await database.db.execute(sql.raw(`
      with written as (
        insert into experiences (country_code, step_key, created_by_id)
        select c.code, 'costing_financing', '${author.userId}'
        from generate_series(1, ${n(2000)}) g
        join lateral (select code from countries order by code offset (g % (select count(*) from countries)) limit 1) c on true
        returning id)
      insert into experience_texts (experience_id, language, title, what_was_done, context, what_worked, what_to_change)
      select id, ((array['en','fr','es','pt'])[1 + (row_number() over ())::int % 4])::locale, ${sentence(6).replace("(g * 0)", "(length(id::text) * 0)")}, ${sentence(60).replace("(g * 0)", "(length(id::text) * 0)")}, '', '', ''
      from written`));
    await database.db.execute(sql`analyze`);
    const [counts] = await queryRows<{ milestones: number; support: number }>(
      database.db,
      sql`select (select count(*) from milestones)::int as milestones, (select count(*) from support_entries)::int as support`,
    );
    console.log(`${engine}: ${counts!.milestones} milestones, ${counts!.support} support entries; filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const times: number[] = [];
    const perQuery: Record<string, number[]> = {};
    for (const q of queries) await searchEverything(database.db, reader, { q }, "en");
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        const start = performance.now();
        await searchEverything(database.db, reader, { q }, "en");
        const took = performance.now() - start;
        times.push(took);
        (perQuery[q] ??= []).push(took);
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]!;
    for (const [q, values] of Object.entries(perQuery)) console.log(`  ${q.padEnd(28)} median ${median(values).toFixed(1)} ms`);
    console.log(`${engine}: all four groups per search, ${times.length} searches: median ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms`);
  } finally {
    await database.drop();
  }
}

await main();
