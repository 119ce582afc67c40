/** What people type about their own account: sign-in, language, password. Shared by forms and the server. */
import { locales } from "@/db/schema/values";
import { z } from "./zod";

export const minimumPasswordLength = 12;

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** A password someone chooses: long enough, and typed twice the same. */
export const newPasswordSchema = z.string().min(minimumPasswordLength).max(1024);

export const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(1024),
});

export const chooseLanguageSchema = z.object({ locale: z.enum(locales) });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(1024),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1).max(1024),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "account.passwordsDiffer",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "account.passwordUnchanged",
  });

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
