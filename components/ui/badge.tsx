import type { ReactNode } from "react";

/** Each tone's look is a CSS class, `.badge-<tone>` in app/globals.css: a page of many badges sends one short name each. */
export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger" | "muted";
/** How one value of a list reads as a badge: `{ tone, symbol }`, kept in a map per list. */
export type BadgeLook = { tone: BadgeTone; symbol: string };

/** A status label: always text (and an optional symbol), never colour alone. `look` gives both at once. */
export function Badge({ look, tone = look?.tone ?? "neutral", symbol = look?.symbol, children }: { look?: BadgeLook; tone?: BadgeTone; symbol?: string; children: ReactNode }) {
  return (
    <span className={`badge badge-${tone}`}>
      {symbol ? <span aria-hidden="true">{symbol}</span> : null}
      {children}
    </span>
  );
}
