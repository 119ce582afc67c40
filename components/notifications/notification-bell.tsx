/** The bell in the app shell: a link to the notifications page that says how many are unread. */
import { clsx } from "clsx";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export async function NotificationBell({ unread }: { unread: number }) {
  const t = await getTranslations("notifications");
  return (
    <Link
      href="/notifications"
      aria-label={t("bell", { count: unread })}
      data-testid="notification-bell"
      className="inline-flex min-h-8 items-center gap-1 rounded-md px-2 py-1 text-slate-700 no-underline hover:bg-slate-100 hover:no-underline"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span aria-hidden="true" className={clsx("min-w-5 rounded-full px-1.5 text-center text-xs font-semibold", unread > 0 ? "bg-red-700 text-white" : "bg-slate-100 text-slate-600")}>
        {unread}
      </span>
    </Link>
  );
}
