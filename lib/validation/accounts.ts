/** What people type about their own account: sign-in, language, password. Shared by forms and the server. */
import { locales } from "@/db/schema/enums";
import * as z from "zod/mini";

export const minimumPasswordLength = 12;

const password = z.string().check(z.minLength(1), z.maxLength(1024));

export const credentialsSchema = z.object({
  email: z.pipe(z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254)), z.email()),
  password,
});

export const chooseLanguageSchema = z.object({ locale: z.enum(locales) });

export const changePasswordSchema = z
  .object({
    currentPassword: password,
    newPassword: z.string().check(z.minLength(minimumPasswordLength), z.maxLength(1024)),
    confirmPassword: password,
  })
  .check(
    z.refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "account.passwordsDiffer" }),
    z.refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], message: "account.passwordUnchanged" }),
  );

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
