"use server";
/** Server actions of the app shell. */
import { cookies } from "next/headers";
import { requireActor } from "@/app/_edge/load-page";
import { getDb } from "@/db";
import { chooseLanguage } from "@/lib/accounts/choose-language";
import { AppError } from "@/lib/errors";
import { isLocale, localeCookie } from "@/lib/i18n/locales";

export async function chooseLanguageAction(formData: FormData): Promise<void> {
  // Signed out meanwhile (or never signed in): sent to sign in, as any page does, never a 500.
  const actor = await requireActor();
  const locale = formData.get("locale");
  try {
    await chooseLanguage(await getDb(), actor, { locale });
  } catch (error) {
    // The control only offers the four languages: a forged one changes nothing and the page stays as it was.
    if (error instanceof AppError && error.code === "INVALID") return;
    throw error;
  }
  if (isLocale(locale)) (await cookies()).set(localeCookie, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
}
