/**
 * The API's core called as a route would call it, for integration tests: a JSON request on a path template
 * (`/exchange-rates/{id}`) with its parameters, answered by `handleApiRequest` as `actor` signed in; and the check
 * that a refused call left every table as it was.
 */
import { expect } from "vitest";
import { databaseFingerprint } from "@/db/fingerprint";
import type { Actor } from "@/lib/actor";
import type { HttpMethod } from "@/lib/api/endpoint";
import { findEndpoint } from "@/lib/api/endpoints";
import { handleApiRequest } from "@/lib/api/handle-api-request";
import type { FileDatabase } from "./database";

/** What a test reads of an answer: its status and JSON body; `Data` is what the test expects under `data`. */
type ChangedRecord = Record<string, unknown> & { id?: string; version?: number };
export type ApiAnswer<Data = ChangedRecord> = { status: number; body: { data: Data; total?: number } };

/**
 * `api(actor, "PATCH", "/exchange-rates/{id}", { id }, body)`; a query string after the template is sent as is.
 * `Data` is what the file's tests read under `data` (`unknown` where they cast it themselves).
 */
export function apiCaller<Data = ChangedRecord>(database: FileDatabase) {
  return async function api(actor: Actor, method: HttpMethod, path: string, params: Record<string, string> = {}, body?: unknown) {
    const url = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!);
    const request = new Request(`http://socle.test/api/v1${url}`, {
      method,
      headers: { host: "socle.test", origin: "http://socle.test", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const endpoint = findEndpoint(method, path.replace(/\?.*$/, ""));
    return (await handleApiRequest(endpoint, request, params, { db: database.db, authenticate: async () => ({ actor, via: "session" }) })) as ApiAnswer<Data>;
  };
}

/** The call is refused with what `expected` names, and no table changed. */
export async function expectRefusedUnchanged(database: FileDatabase, request: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await databaseFingerprint(database.db);
  await expect(request()).rejects.toMatchObject(expected);
  expect(await databaseFingerprint(database.db)).toBe(before);
}
