/** What coordinators type about people (invitations, roles, activation) and what invited people type to join. */
import { roles } from "@/db/schema/values";
import { locales } from "@/db/schema/values";
import { emailSchema, newPasswordSchema } from "./accounts";
import { versionSchema } from "./common";
import { z } from "./zod";

type RoleScope = { role: (typeof roles)[number]; countryCode?: string | undefined; agencyId?: string | undefined };

const roleScopeShape = { role: z.enum(roles), countryCode: z.string().trim().optional(), agencyId: z.string().trim().optional() };

/** A working-group member needs a country, an adviser an agency; a form may send both selects. */
function checkRoleScope(value: RoleScope, context: z.RefinementCtx) {
  if (value.role === "working_group_member" && !/^[A-Za-z]{2}$/.test(value.countryCode ?? "")) {
    context.addIssue({ code: "custom", path: ["countryCode"], message: value.countryCode ? "validation.choice" : "validation.required" });
  }
  if (value.role === "agency_adviser" && !z.uuid().safeParse(value.agencyId).success) {
    context.addIssue({ code: "custom", path: ["agencyId"], message: value.agencyId ? "validation.choice" : "validation.required" });
  }
}

/** Keeps only the scope the role uses. */
function scopeOfRole<T extends RoleScope>(value: T) {
  return {
    ...value,
    countryCode: value.role === "working_group_member" ? value.countryCode!.toUpperCase() : null,
    agencyId: value.role === "agency_adviser" ? value.agencyId! : null,
  };
}

export const inviteUserSchema = z
  .object({ email: emailSchema, locale: z.enum(locales), ...roleScopeShape })
  .superRefine(checkRoleScope)
  .transform(scopeOfRole);
export type InviteUserInput = z.input<typeof inviteUserSchema>;

export const grantRoleSchema = z
  .object({ userId: z.uuid(), version: versionSchema, ...roleScopeShape })
  .superRefine(checkRoleScope)
  .transform(scopeOfRole);
export type GrantRoleInput = z.input<typeof grantRoleSchema>;

export const revokeRoleSchema = z.object({ userId: z.uuid(), version: versionSchema, membershipId: z.uuid() });

/** A change to a whole account (deactivate, reactivate), made against the version the coordinator saw. */
export const userChangeSchema = z.object({ userId: z.uuid(), version: versionSchema });

export const userIdSchema = z.object({ userId: z.uuid() });

export const invitationIdSchema = z.object({ invitationId: z.uuid() });

/** The one-time token of an invitation or password-reset link. */
export const linkTokenSchema = z.string().min(20).max(200);

const passwordsDiffer = { path: ["confirmPassword"], message: "account.passwordsDiffer" };

export const acceptInvitationSchema = z
  .object({
    token: linkTokenSchema,
    name: z.string().trim().min(1).max(200),
    password: newPasswordSchema,
    confirmPassword: z.string().min(1).max(1024),
  })
  .refine((value) => value.password === value.confirmPassword, passwordsDiffer);
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

export const resetPasswordSchema = z
  .object({ token: linkTokenSchema, newPassword: newPasswordSchema, confirmPassword: z.string().min(1).max(1024) })
  .refine((value) => value.newPassword === value.confirmPassword, passwordsDiffer);
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
