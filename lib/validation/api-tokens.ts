/** What a user types to create a personal API token, and the token they revoke, confirmed. */
import * as z from "zod/mini";
import { textSchema } from "./text";
import { blankAsNull } from "./common";

const today = () => new Date().toISOString().slice(0, 10);

export const createApiTokenSchema = z.object({
  name: textSchema(100, 1),
  /** The last day the token works (UTC); blank for a token that works until revoked. */
  expiresOn: blankAsNull(z.iso.date().check(z.refine((date) => date > today(), "validation.dateInFuture"))),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

/** Revoking stops every program that uses the token at once: the box ticked is the confirmation, with or without JavaScript. */
export const revokeApiTokenSchema = z.object({
  tokenId: z.uuid(),
  confirm: z.literal("on", { error: "apiTokens.confirmRequired" }),
});
