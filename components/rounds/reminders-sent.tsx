/** The reminders a round sent, for coordinators: to which country's working group, which kind, when, and to whom. */
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { ReminderSent } from "@/lib/rounds/reminders/list-reminders";

export async function RemindersSent({ reminders, reminderDays }: { reminders: readonly ReminderSent[]; reminderDays: number }) {
  const [t, format, locale] = await Promise.all([getTranslations("rounds.reminders"), getFormatter(), getLocale()]);
  const headings = [t("country"), t("kind"), t("sentAt"), t("people")];
  return (
    <section aria-labelledby="round-reminders" className="mt-8">
      <h2 id="round-reminders" className="mb-1 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 max-w-3xl text-sm text-slate-600">{t("intro", { days: reminderDays })}</p>
      {reminders.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <Table caption={t("title")} headings={headings}>
          {reminders.map((reminder) => (
            <tr key={`${reminder.countryCode}-${reminder.kind}`}>
              <Td>{localized(reminder.countryName, locale as Locale)}</Td>
              <Td label={headings[1]}>{t(`kinds.${reminder.kind}`, { days: reminderDays })}</Td>
              <Td label={headings[2]}>{format.dateTime(reminder.sentAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
              <Td label={headings[3]}>
                {reminder.people.length > 0 ? reminder.people.map((person) => person.name).join(", ") : t("recipients", { count: reminder.recipients })}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
