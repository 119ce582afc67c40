/** What a user types to create a personal API token, and the token they revoke. */
import { blankAsNull } from "./common";
import { z } from "./zod";

const today = () => new Date().toISOString().slice(0, 10);

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1).max(100),
  /** The last day the token works (UTC); blank for a token that works until revoked. */
  expiresOn: blankAsNull(z.iso.date().refine((date) => date > today(), "validation.dateInFuture")),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.uuid() });
