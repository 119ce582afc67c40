/**
 * The reader of the public pages: someone not signed in, holding no role. Reads go through the sharing rule
 * (lib/sharing/visibility.ts) as this actor, so a public page shows exactly what is shared with all.
 */
import type { Actor } from "@/lib/actor";

export const anonymousReader: Actor = Object.freeze({
  // A user id no account has, for queries that compare an author with the reader.
  userId: "00000000-0000-0000-0000-000000000000",
  email: "",
  name: "",
  locale: null,
  memberships: [],
});
