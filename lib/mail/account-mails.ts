/** The invitation and password-reset mails, written from the catalogues in the recipient's language. */
import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/db/schema/common";
import en from "@/lib/i18n/messages/en.json";
import es from "@/lib/i18n/messages/es.json";
import fr from "@/lib/i18n/messages/fr.json";
import pt from "@/lib/i18n/messages/pt.json";
import type { Role } from "@/lib/permissions";
import type { Mail } from "./mailer";

const catalogues = { en, fr, es, pt };

function translator(locale: Locale) {
  return createTranslator({ locale, messages: catalogues[locale], namespace: "mail" });
}

function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(date) + " UTC";
}

export function invitationMail(input: {
  to: string;
  locale: Locale;
  link: string;
  role: Role;
  scope: string | null;
  inviter: string;
  expiresAt: Date;
}): Mail {
  const t = translator(input.locale);
  const role = createTranslator({ locale: input.locale, messages: catalogues[input.locale], namespace: "roles" })(input.role);
  return {
    to: input.to,
    subject: t("invitationSubject"),
    text: t("invitationBody", {
      inviter: input.inviter,
      role: input.scope ? `${role} · ${input.scope}` : role,
      link: input.link,
      expires: formatDate(input.expiresAt, input.locale),
    }),
  };
}

export function passwordResetMail(input: { to: string; locale: Locale; link: string; expiresAt: Date }): Mail {
  const t = translator(input.locale);
  return {
    to: input.to,
    subject: t("passwordResetSubject"),
    text: t("passwordResetBody", { link: input.link, expires: formatDate(input.expiresAt, input.locale) }),
  };
}

export function secondFactorResetMail(input: { to: string; locale: Locale; by: string }): Mail {
  const t = translator(input.locale);
  return { to: input.to, subject: t("secondFactorResetSubject"), text: t("secondFactorResetBody", { coordinator: input.by }) };
}
