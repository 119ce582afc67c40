/** The refusals of the second-factor step as next-auth hands them to the pages (lib/auth/second-factor-step.ts). */

/** SecondFactorRequired, SecondFactorWrong, SecondFactorRateLimited:<minutes>: shown on the second-factor page. SecondFactorExpired goes back to the password. */
export function isSecondFactorStepError(code: string): boolean {
  return code.startsWith("SecondFactor") && code !== "SecondFactorExpired";
}
