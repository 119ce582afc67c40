/** Loads the demonstration dataset into the test server once, as `npm run db:seed -- --demo` would, for the "demo" project's walks. */
import { expect, test as setup } from "@playwright/test";

setup("load the demonstration dataset", async ({ request }) => {
  setup.setTimeout(300_000);
  const response = await request.post("/api/test-support/demo-dataset", { timeout: 280_000 });
  expect(response.status(), await response.text()).toBe(201);
  expect((await response.json()).milestones).toBeGreaterThan(100);
});
