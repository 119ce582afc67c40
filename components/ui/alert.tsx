import { clsx } from "clsx";
import type { ReactNode } from "react";

const tones = {
  error: "border-red-300 bg-red-50 text-red-900",
  success: "border-emerald-300 bg-emerald-50 text-emerald-900",
  info: "border-sky-300 bg-sky-50 text-sky-900",
} as const;

/** A message about the page's state. Errors are announced at once; the others politely. */
export function Alert({ tone = "info", title, children, id }: { tone?: keyof typeof tones; title?: ReactNode; children?: ReactNode; id?: string }) {
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} data-tone={tone} className={clsx("rounded-md border p-3 text-sm", tones[tone])}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
    </div>
  );
}
