/** What people type about their own account: sign-in, language, password. Shared by forms and the server. */
import * as z from "zod/mini";
import { locales } from "@/db/schema/values";

import { minimumPasswordLength } from "./form-constants";

export { minimumPasswordLength };

export const emailSchema = z.pipe(z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254)), z.email());

/** A password someone chooses: long enough. */
export const newPasswordSchema = z.string().check(z.minLength(minimumPasswordLength), z.maxLength(1024));

/** A password typed to prove who one is, or typed again to confirm a new one. */
export const typedPasswordSchema = z.string().check(z.minLength(1), z.maxLength(1024));

export const credentialsSchema = z.object({ email: emailSchema, password: typedPasswordSchema });

export const chooseLanguageSchema = z.object({ locale: z.enum(locales) });

export const changePasswordSchema = z
  .object({ currentPassword: typedPasswordSchema, newPassword: newPasswordSchema, confirmPassword: typedPasswordSchema })
  .check(
    z.refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "account.passwordsDiffer" }),
    z.refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], message: "account.passwordUnchanged" }),
  );

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
