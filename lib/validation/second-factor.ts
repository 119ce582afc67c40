/** What people type for two-factor sign-in: codes from an authenticator app or recovery codes, and the coordinators' switches. */
import * as z from "zod/mini";
import { versionSchema } from "./common";

/** A six-digit code or a recovery code, as typed (spaces and hyphens allowed); checked against the factor, not here. */
export const secondFactorCodeSchema = z.string().check(z.trim(), z.minLength(1, "validation.required"), z.maxLength(40, "secondFactor.codeWrong"));

export const confirmSecondFactorSchema = z.object({ code: secondFactorCodeSchema });
export type ConfirmSecondFactorInput = z.input<typeof confirmSecondFactorSchema>;

export const regenerateRecoveryCodesSchema = confirmSecondFactorSchema;

/** Turning the factor off asks for a current code or the password: one of the two. */
export const turnOffSecondFactorSchema = z
  .object({
    code: z.optional(z.string().check(z.trim(), z.maxLength(40, "secondFactor.codeWrong"))),
    password: z.optional(z.string().check(z.maxLength(1024))),
  })
  .check(z.refine((input) => Boolean(input.code || input.password), { path: ["code"], message: "secondFactor.codeOrPassword" }));
export type TurnOffSecondFactorInput = z.input<typeof turnOffSecondFactorSchema>;

export const resetSecondFactorSchema = z.object({
  userId: z.uuid(),
  confirm: z.literal("on", { error: "secondFactor.resetConfirmRequired" }),
});

export const secondFactorRequirementSchema = z.object({
  // A checkbox: present ("on") when ticked, absent when not.
  required: z.pipe(
    z.optional(z.string()),
    z.transform((value: string | undefined) => value === "on" || value === "true"),
  ),
  version: versionSchema,
});
