/** The interface languages and how a request's language is chosen. */
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { locales, type Locale } from "@/db/schema/values";

export { locales, type Locale };
export const defaultLocale: Locale = "en";
/** Remembers the choice of someone not signed in; signed-in users' choice is kept in their profile. */
export const localeCookie = "socle-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The saved choice, else the cookie, else the best match for the browser's Accept-Language, else English. */
export function chooseLocale(saved: string | null | undefined, cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(saved)) return saved;
  if (isLocale(cookie)) return cookie;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).languages();
  try {
    return match(requested, locales, defaultLocale) as Locale;
  } catch {
    return defaultLocale; // a malformed Accept-Language header
  }
}

/** A public page names its language in its path (`/public/fr/…`, decision 2200): one language per address, for caches and search engines. */
export function publicPathLocale(path: string | null): Locale | null {
  const named = /^\/public\/([a-z]{2})(?:[/?]|$)/.exec(path ?? "")?.[1];
  return isLocale(named) ? named : null;
}
