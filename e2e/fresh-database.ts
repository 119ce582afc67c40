/**
 * `npx tsx e2e/fresh-database.ts <postgres-url>`: drops the database the URL names, if it is there, and creates it
 * empty, so that a browser-suite server started next begins from the empty start (it migrates and seeds on start).
 * Used by playwright.config.ts for the servers it starts beside the main one on a PostgreSQL run.
 */
import { createDatabase, dropDatabase } from "../db/server-databases";

const url = new URL(process.argv[2] ?? "");
const name = url.pathname.slice(1);
if (!/^\w+$/.test(name)) throw new Error(`fresh-database: "${name}" is not a database name of letters, digits and underscores`);
const server = new URL(url);
server.pathname = "/postgres";
await dropDatabase(server.toString(), name);
await createDatabase(server.toString(), name);
