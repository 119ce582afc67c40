/** What people type about their own account: sign-in, language, password. Shared by forms and the server. */
import { locales } from "@/db/schema/enums";
import { z } from "./zod";

export const minimumPasswordLength = 12;

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export const chooseLanguageSchema = z.object({ locale: z.enum(locales) });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z.string().min(minimumPasswordLength).max(1024),
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
