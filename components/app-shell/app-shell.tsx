/**
 * The frame of every signed-in page: the main menu by role, who is signed in, language and sign-out. It sends
 * no script of its own: the menu and its groups are <details> disclosures, so they open by keyboard and without
 * JavaScript; on a wide screen the menu is laid out as a bar, on a phone it opens from a menu button (app/globals.css).
 */
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { Button } from "@/components/ui/button";
import { Options } from "@/components/ui/options";
import type { Actor } from "@/lib/actor";
import { readCsrfToken } from "@/lib/auth/csrf-token";
import { locales } from "@/lib/i18n/locales";
import { mainMenuEntries } from "./main-menu-entries";
import { NavLink } from "./nav-link";

export async function AppShell({
  actor,
  unreadNotifications,
  chooseLanguage,
  banner,
  children,
}: {
  actor: Actor;
  unreadNotifications: number;
  /** The server action that saves the chosen language (a plain form: it redirects back). */
  chooseLanguage: (formData: FormData) => Promise<void>;
  /** A notice shown under the header on every page (the demonstration data's), printed with the page. */
  banner?: ReactNode;
  children: ReactNode;
}) {
  const [t, tApp, tRoles, tLanguages, locale, csrfToken] = await Promise.all([
    getTranslations("nav"),
    getTranslations("app"),
    getTranslations("roles"),
    getTranslations("languages"),
    getLocale(),
    readCsrfToken(),
  ]);
  const roleNames = [...new Set(actor.memberships.map((membership) => tRoles(membership.role)))].join(", ");

  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {tApp("skipToContent")}
      </a>
      <header className="shell-header print:hidden">
        <div className="shell-bar">
          <Link href="/" className="shell-brand">
            <BrandMark />
            {tApp("name")}
          </Link>
          <details className="shell-menu">
            <summary className="shell-menu-button">
              <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                <path d="M4 6h16M4 12h16M4 18h16" />
              </svg>
              {t("menu")}
            </summary>
            <div className="shell-panel">
              <nav aria-label={t("label")} className="shell-nav">
                <ul>
                  {mainMenuEntries(actor).map((entry) =>
                    entry.kind === "link" ? (
                      <li key={entry.href}>
                        <NavLink href={entry.href}>{t(entry.label)}</NavLink>
                      </li>
                    ) : (
                      <li key={entry.label}>
                        {/* One group open at a time (the name makes them exclusive); its links drop down on a wide screen. */}
                        <details name="shell-group" className="shell-group">
                          <summary className="shell-link">
                            {t(entry.label)}
                            <svg aria-hidden="true" viewBox="0 0 20 20" className="shell-chevron" fill="currentColor">
                              <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
                            </svg>
                          </summary>
                          <ul>
                            {entry.links.map((link) => (
                              <li key={link.href}>
                                <NavLink href={link.href}>{t(link.label)}</NavLink>
                              </li>
                            ))}
                          </ul>
                        </details>
                      </li>
                    ),
                  )}
                </ul>
              </nav>
              <div className="shell-account">
                <NavLink href="/search">{t("search")}</NavLink>
                <NavLink href="/profile">
                  <span className="sr-only">{t("profile")}: </span>
                  {actor.name}
                  {roleNames ? <span className="font-normal text-slate-500">({roleNames})</span> : null}
                </NavLink>
                {/* Keyed by the language: React keeps a select's first default, and resets the form to it after the action. */}
                <form key={locale} action={chooseLanguage} className="flex items-center gap-1">
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
          </details>
          <NotificationBell unread={unreadNotifications} />
        </div>
      </header>
      {banner}
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 print:max-w-none print:p-0">
        {children}
      </main>
    </div>
  );
}

/** Socle's mark, the plinth of public/icon.svg, drawn in the page so the header costs no extra request. */
function BrandMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 512 512" className="h-7 w-7 shrink-0">
      <rect width="512" height="512" rx="96" fill="#174c7f" />
      <g fill="#fff">
        <rect x="176" y="128" width="160" height="64" rx="12" />
        <rect x="128" y="224" width="256" height="64" rx="12" />
        <rect x="80" y="320" width="352" height="64" rx="12" />
      </g>
    </svg>
  );
}
