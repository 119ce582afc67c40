/** The sentence for a sign-in refusal as next-auth names it, on the page (without JavaScript) and in the form alike. */
export function signInError(code: string, errors: Record<string, string>, rateLimitedFor: string): string {
  const minutes = /^RateLimited:(\d+)$/.exec(code)?.[1];
  if (minutes) return rateLimitedFor.replace("{minutes}", minutes);
  return errors[code] ?? errors.default ?? "";
}
