/** What coordinators type about people (invitations, roles, activation) and what invited people type to join. */
import * as z from "zod/mini";
import { textSchema } from "./text";
import { locales, roles } from "@/db/schema/values";
import { emailSchema, newPasswordSchema, typedPasswordSchema } from "./accounts";
import { versionSchema } from "./common";

type RoleScope = { role: (typeof roles)[number]; countryCode?: string | undefined; agencyId?: string | undefined };

const optionalId = z.optional(z.string().check(z.trim()));
const roleScopeShape = { role: z.enum(roles), countryCode: optionalId, agencyId: optionalId };

/** A working-group member needs a country, an adviser an agency; a form may send both selects. */
const checkRoleScope = z.superRefine((value: RoleScope, context) => {
  if (value.role === "working_group_member" && !/^[A-Za-z]{2}$/.test(value.countryCode ?? "")) {
    context.addIssue({ code: "custom", path: ["countryCode"], message: value.countryCode ? "validation.choice" : "validation.required" });
  }
  if (value.role === "agency_adviser" && !z.uuid().safeParse(value.agencyId).success) {
    context.addIssue({ code: "custom", path: ["agencyId"], message: value.agencyId ? "validation.choice" : "validation.required" });
  }
});

/** Keeps only the scope the role uses. */
function scopeOfRole<T extends RoleScope>(value: T) {
  return {
    ...value,
    countryCode: value.role === "working_group_member" ? value.countryCode!.toUpperCase() : null,
    agencyId: value.role === "agency_adviser" ? value.agencyId! : null,
  };
}

export const inviteUserSchema = z.pipe(
  z.object({ email: emailSchema, locale: z.enum(locales), ...roleScopeShape }).check(checkRoleScope),
  z.transform(scopeOfRole),
);
export type InviteUserInput = z.input<typeof inviteUserSchema>;

export const grantRoleSchema = z.pipe(
  z.object({ userId: z.uuid(), version: versionSchema, ...roleScopeShape }).check(checkRoleScope),
  z.transform(scopeOfRole),
);
export type GrantRoleInput = z.input<typeof grantRoleSchema>;

export const revokeRoleSchema = z.object({ userId: z.uuid(), version: versionSchema, membershipId: z.uuid() });

/** A change to a whole account (deactivate, reactivate), made against the version the coordinator saw. */
export const userChangeSchema = z.object({ userId: z.uuid(), version: versionSchema });

export const userIdSchema = z.object({ userId: z.uuid() });

/** One identity from the OpenID Connect provider, taken off an account (decision 2220). */
export const unlinkIdentitySchema = z.object({
  userId: z.uuid(),
  version: versionSchema,
  issuer: z.string().check(z.minLength(1), z.maxLength(500)),
  subject: z.string().check(z.minLength(1), z.maxLength(255)),
});

export const invitationIdSchema = z.object({ invitationId: z.uuid() });

/** The one-time token of an invitation or password-reset link. */
export const linkTokenSchema = z.string().check(z.minLength(20), z.maxLength(200));

const passwordsDiffer = { path: ["confirmPassword"], message: "account.passwordsDiffer" };

export const acceptInvitationSchema = z
  .object({
    token: linkTokenSchema,
    name: textSchema(200, 1),
    password: newPasswordSchema,
    confirmPassword: typedPasswordSchema,
  })
  .check(z.refine((value) => value.password === value.confirmPassword, passwordsDiffer));
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

export const resetPasswordSchema = z
  .object({ token: linkTokenSchema, newPassword: newPasswordSchema, confirmPassword: typedPasswordSchema })
  .check(z.refine((value) => value.newPassword === value.confirmPassword, passwordsDiffer));
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/** A coordinator signs a person out of every session; the box ticked is the confirmation, with or without JavaScript. */
export const signOutEverywhereSchema = z.object({
  userId: z.uuid(),
  confirm: z.literal("on", { error: "adminUsers.signOutEverywhereConfirmRequired" }),
});
