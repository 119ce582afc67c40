import { clsx } from "clsx";
import type { ReactNode } from "react";

const tones = {
  neutral: "border-slate-300 bg-slate-100 text-slate-800",
  info: "border-sky-300 bg-sky-50 text-sky-900",
  success: "border-emerald-300 bg-emerald-50 text-emerald-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  danger: "border-red-300 bg-red-50 text-red-900",
  muted: "border-dashed border-slate-300 bg-white text-slate-600",
} as const;

export type BadgeTone = keyof typeof tones;
/** How one value of a list reads as a badge: `{ tone, symbol }`, kept in a map per list. */
export type BadgeLook = { tone: BadgeTone; symbol: string };

/** A status label: always text (and an optional symbol), never colour alone. `look` gives both at once. */
export function Badge({ look, tone = look?.tone ?? "neutral", symbol = look?.symbol, children }: { look?: BadgeLook; tone?: BadgeTone; symbol?: string; children: ReactNode }) {
  return (
    <span className={clsx("inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap", tones[tone])}>
      {symbol ? <span aria-hidden="true">{symbol}</span> : null}
      {children}
    </span>
  );
}
