/**
 * Hands client components the catalogue namespaces they translate themselves, and nothing more: the rest of
 * the catalogue stays on the server, which keeps pages light on slow connections.
 */
import { type Messages, NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";

const alwaysNeeded = ["errors", "validation"] as const;

export async function ClientMessages({ namespaces = [], children }: { namespaces?: (keyof Messages)[]; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const picked = Object.fromEntries([...alwaysNeeded, ...namespaces].map((namespace) => [namespace, messages[namespace]]));
  return (
    <NextIntlClientProvider locale={locale} messages={picked}>
      {children}
    </NextIntlClientProvider>
  );
}
