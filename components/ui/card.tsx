import { clsx } from "clsx";
import type { ComponentProps, ReactNode } from "react";

export function Card({ className, ...props }: ComponentProps<"section">) {
  return <section className={clsx("ui-card", className)} {...props} />;
}

/** A card that is a named region of the page: its h2 names it for screen readers too. */
export function TitledCard({ id, title, className, children }: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <Card aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </Card>
  );
}
