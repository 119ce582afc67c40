/**
 * next-intl's typed messages: the English catalogue is the type of every catalogue, so a key missing from it
 * fails the type check (`lib/i18n/catalogues.test.ts` keeps French, Spanish and Portuguese in step with it).
 */
import type en from "./messages/en.json";
import type { Locale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
