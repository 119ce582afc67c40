import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openPglite } from "@/db/engine";
import { openTemplateInFolder } from "@/lib/testing/test-database";
import { isSignInBlocked, recordSignInAttempt, signInLimits } from "./sign-in-limits";

// The embedded database on disk, whatever the run's engine: on the PostgreSQL pass it would repeat the PGlite pass.
describe.runIf(!process.env.DATABASE_URL)("sign-in limits", () => {
  it("still hold after the server restarts on the same data folder", async () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "socle-limits-")), "pglite");
    try {
      const before = await openTemplateInFolder(folder);
      for (let attempt = 0; attempt < signInLimits.perAccount; attempt++) {
        await recordSignInAttempt(before.db, "someone@example.org", "10.9.9.9", false);
      }
      expect(await isSignInBlocked(before.db, "someone@example.org", "10.0.0.1")).toBe(true);
      await before.close();

      const after = await openPglite(folder);
      expect(await isSignInBlocked(after.db, "someone@example.org", "10.0.0.1")).toBe(true);
      expect(await isSignInBlocked(after.db, "someone-else@example.org", "10.0.0.1")).toBe(false);
      // The pause ends once the failures are older than the window.
      const later = new Date(Date.now() + (signInLimits.windowMinutes + 1) * 60_000);
      expect(await isSignInBlocked(after.db, "someone@example.org", "10.0.0.1", later)).toBe(false);
      await after.close();
    } finally {
      fs.rmSync(path.dirname(folder), { recursive: true, force: true });
    }
  }, 180_000); // an on-disk database is opened twice: slow on a busy machine
});
