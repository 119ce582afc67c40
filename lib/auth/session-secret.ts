/**
 * Makes sure next-auth has a secret: NEXTAUTH_SECRET when set, otherwise one generated on first start and kept
 * in the data folder, so the two-command start works and sessions survive restarts.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir, type Env } from "@/lib/env";

export function ensureSessionSecret(env: Env): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.join(dataDir(env), "nextauth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error; // kept from an earlier start
  }
  const secret = fs.readFileSync(file, "utf8").trim();
  process.env.NEXTAUTH_SECRET = secret;
  return secret;
}
