/**
 * The public pages' frame (decision 2200): read without signing in, the language in the path, links to the same
 * page in the other languages, and the demonstration banner when that dataset is loaded. No client component.
 */
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { loadPublicPage } from "@/app/_edge/load-page";
import { withRefusal } from "@/app/_edge/refusal";
import { DemoBanner } from "@/components/app-shell/demo-banner";
import { demoAccountsEnabled } from "@/lib/env";
import { isLocale, locales } from "@/lib/i18n/locales";
import { publicListPath } from "@/lib/publication/public-paths";
import { hasDemoDataset } from "@/lib/seed/demo/has-demo-dataset";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

async function PublicSiteLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [t, tApp, tLanguages, path, demoData] = await Promise.all([
    getTranslations("publicPages"),
    getTranslations("app"),
    getTranslations("languages"),
    headers().then((list) => (list.get("x-socle-path") ?? publicListPath(locale)).split("?")[0]!), // set by proxy.ts
    demoAccountsEnabled() ? loadPublicPage((db) => hasDemoDataset(db)) : false,
  ]);
  const samePageIn = (other: string) => path.replace(/^\/public\/[a-z]{2}/, `/public/${other}`);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {tApp("skipToContent")}
      </a>
      {demoData ? <DemoBanner /> : null}
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <a href={publicListPath(locale)} className="text-lg font-semibold text-brand-800">
            {tApp("name")}
          </a>
          <nav aria-label={t("languageLinks")}>
            <ul className="flex gap-3 text-sm">
              {locales.map((other) => (
                <li key={other}>
                  {other === locale ? (
                    <span aria-current="page" className="font-semibold">
                      {tLanguages(other)}
                    </span>
                  ) : (
                    <a href={samePageIn(other)} hrefLang={other} lang={other} className="underline">
                      {tLanguages(other)}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-5xl border-t border-slate-200 px-4 py-4 text-sm text-slate-700">
        <p>{t("about")}</p>
        <p className="mt-1">
          <a href="/sign-in" className="underline">
            {t("signIn")}
          </a>
        </p>
      </footer>
    </>
  );
}

export default withRefusal(PublicSiteLayout, { insideShell: false });
