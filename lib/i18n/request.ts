/** next-intl's per-request configuration: the language and its catalogue. */
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "@/lib/session";
import { chooseLocale, localeCookie, type Locale, publicPathLocale } from "./locales";

export default getRequestConfig(async () => {
  const headerList = await headers();
  // Set by proxy.ts from the requested path; a public page asks for nobody's session.
  const pathLocale = publicPathLocale(headerList.get("x-socle-path"));
  const locale = pathLocale ?? (await chooseSignedInLocale(headerList.get("accept-language")));
  return {
    locale,
    messages: (await import(`./messages/${locale}.json`)).default,
    // Socle's dates are calendar dates and UTC timestamps, the same for every member of a working group.
    timeZone: "UTC",
  };
});

async function chooseSignedInLocale(acceptLanguage: string | null): Promise<Locale> {
  const [actor, cookieStore] = await Promise.all([getActor(), cookies()]);
  return chooseLocale(actor?.locale, cookieStore.get(localeCookie)?.value, acceptLanguage);
}
