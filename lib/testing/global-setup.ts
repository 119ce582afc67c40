/** Vitest's global setup for the integration suite: one template database per run, copied by each test file. */
import { prepareTestTemplate } from "@/lib/testing/test-database";

export default async function setup(): Promise<() => Promise<void>> {
  return prepareTestTemplate();
}
