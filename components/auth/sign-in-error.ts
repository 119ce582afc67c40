/**
 * The sentence for a sign-in refusal as next-auth names it ("CredentialsSignin", "RateLimited:<minutes>"), on the
 * page (without JavaScript) and in the form alike, from sentences the server formatted (sign-in page).
 */
export function signInError(code: string, errors: Record<string, string>): string {
  return errors[code] ?? errors.default ?? "";
}
