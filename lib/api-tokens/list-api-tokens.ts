/** A user's own API tokens, newest first, with what they need to recognise and judge each one (never the token). */
import { desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { apiTokens } from "@/db/schema";
import type { Actor } from "@/lib/actor";

export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  status: "active" | "expired" | "revoked";
};

export async function listApiTokens(db: Queryable, actor: Actor, now = new Date()): Promise<ApiTokenRow[]> {
  const rows = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, actor.userId))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(({ revokedAt, ...row }) => ({
    ...row,
    status: revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active",
  }));
}
