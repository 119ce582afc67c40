/** next-intl's per-request configuration: the language and its catalogue. */
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "@/lib/session";
import { chooseLocale, localeCookie } from "./locales";

export default getRequestConfig(async () => {
  const [actor, cookieStore, headerList] = await Promise.all([getActor(), cookies(), headers()]);
  const locale = chooseLocale(actor?.locale, cookieStore.get(localeCookie)?.value, headerList.get("accept-language"));
  return {
    locale,
    messages: (await import(`./messages/${locale}.json`)).default,
    // Socle's dates are calendar dates and UTC timestamps, the same for every member of a working group.
    timeZone: "UTC",
  };
});
