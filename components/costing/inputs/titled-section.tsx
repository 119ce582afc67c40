/** A part of an input screen named by its heading (for screen readers too), with an optional line of introduction. */
import { clsx } from "clsx";
import type { ReactNode } from "react";

export function TitledSection({
  id,
  title,
  intro,
  level = 2,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  /** A section inside a form or another section is an h3. */
  level?: 2 | 3;
  className?: string;
  children: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className={className}>
      <Heading id={id} className={level === 2 ? "mb-2 text-lg font-semibold" : "font-semibold"}>
        {title}
      </Heading>
      {intro ? <p className={clsx("mb-3 text-sm", level === 2 ? "text-slate-700" : undefined)}>{intro}</p> : null}
      {children}
    </section>
  );
}
