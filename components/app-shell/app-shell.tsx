/** The frame of every signed-in page: who is signed in, navigation by role, language and sign-out. */
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Options } from "@/components/ui/options";
import type { Actor } from "@/lib/actor";
import { readCsrfToken } from "@/lib/auth/csrf-token";
import { locales } from "@/lib/i18n/locales";
import { can } from "@/lib/permissions";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { DemoBanner } from "./demo-banner";
import { NavLink } from "./nav-link";

export async function AppShell({
  actor,
  unreadNotifications,
  chooseLanguage,
  demoData = false,
  children,
}: {
  actor: Actor;
  unreadNotifications: number;
  /** The demonstration dataset is loaded: every page says so. */
  demoData?: boolean;
  /** The server action that saves the chosen language (a plain form: it redirects back). */
  chooseLanguage: (formData: FormData) => Promise<void>;
  children: ReactNode;
}) {
  const [t, tRoles, tLanguages, locale, csrfToken] = await Promise.all([
    getTranslations("nav"),
    getTranslations("roles"),
    getTranslations("languages"),
    getLocale(),
    readCsrfToken(),
  ]);
  const roleNames = [...new Set(actor.memberships.map((membership) => tRoles(membership.role)))].join(", ");
  const links = [
    { href: "/countries", label: t("countries"), show: can(actor, "country.read") },
    { href: "/matrix", label: t("matrix"), show: can(actor, "country.read") },
    { href: "/charts", label: t("charts"), show: can(actor, "country.read") },
    { href: "/activity", label: t("activity"), show: can(actor, "country.read") },
    { href: "/support", label: t("support"), show: can(actor, "support.read") },
    { href: "/library", label: t("library"), show: can(actor, "country.read") },
    { href: "/trainings", label: t("trainings"), show: can(actor, "country.read") },
    { href: "/search", label: t("search"), show: can(actor, "country.read") },
    { href: "/reports", label: t("reports"), show: can(actor, "report.export") },
    { href: "/admin/users", label: t("users"), show: can(actor, "user.manage") },
    { href: "/admin/agencies", label: t("agencies"), show: can(actor, "agency.manage") },
    { href: "/admin/framework", label: t("framework"), show: can(actor, "framework.manage") },
    { href: "/profile", label: t("profile"), show: true },
  ].filter((link) => link.show);

  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {(await getTranslations("app"))("skipToContent")}
      </a>
      {demoData ? <DemoBanner /> : null}
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/countries" className="text-lg font-semibold text-brand-800 no-underline hover:no-underline">
            Socle
          </Link>
          <nav aria-label={t("label")} className="flex flex-wrap gap-1">
            {links.map((link) => (
              <NavLink key={link.href} href={link.href}>
                {link.label}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
            <NotificationBell unread={unreadNotifications} />
            <p className="text-slate-700">
              <span className="sr-only">{t("signedInAs", { name: actor.name })}</span>
              <span aria-hidden="true" className="font-medium">
                {actor.name}
              </span>{" "}
              <span className="text-slate-500">({roleNames})</span>
            </p>
            <form action={chooseLanguage} className="flex items-center gap-1">
              <label htmlFor="shell-locale" className="sr-only">
                {t("language")}
              </label>
              <select id="shell-locale" name="locale" defaultValue={locale} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
                <Options choices={locales.map((code) => ({ value: code, label: tLanguages(code), lang: code }))} />
              </select>
              <Button type="submit" variant="secondary" className="min-h-8 px-2 py-1">
                {t("changeLanguage")}
              </Button>
            </form>
            <form method="post" action="/api/auth/signout">
              <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
              <input type="hidden" name="callbackUrl" value="/sign-in" />
              <Button type="submit" variant="ghost" className="min-h-8 px-2 py-1">
                {t("signOut")}
              </Button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 print:max-w-none print:p-0">
        {children}
      </main>
    </div>
  );
}
