"use server";
/** Server actions of the app shell. */
import { cookies } from "next/headers";
import { getDb } from "@/db";
import { chooseLanguage } from "@/lib/accounts/choose-language";
import { AppError } from "@/lib/errors";
import { isLocale, localeCookie } from "@/lib/i18n/locales";
import { getActor } from "@/lib/session";

export async function chooseLanguageAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  const locale = formData.get("locale");
  await chooseLanguage(await getDb(), actor, { locale });
  if (isLocale(locale)) (await cookies()).set(localeCookie, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
}
