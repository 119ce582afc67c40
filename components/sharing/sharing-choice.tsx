"use client";
/** The choice of who may see a milestone or evidence: the country's working group and coordinators, or every Socle user. */
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormRegister } from "react-hook-form";
import type { sharingLevels } from "@/db/schema/values";

type SharingLevel = (typeof sharingLevels)[number];
// Every level, narrowest first, listed here: importing values.ts would bring every list of the schema into the
// step page's first load (docs/performance.md). A record of them all, so the type check fails on a new level.
const levels = Object.keys({ country: true, all: true } satisfies Record<SharingLevel, true>) as SharingLevel[];

export function SharingChoice<Values extends FieldValues>({
  name,
  legend,
  hint,
  register,
  initial,
  idPrefix,
}: {
  name: Path<Values>;
  legend: string;
  hint?: string;
  register: UseFormRegister<Values>;
  /** The level the form starts with, also without JavaScript. */
  initial: string | undefined;
  idPrefix: string;
}) {
  const t = useTranslations("sharing");
  const start: SharingLevel = initial === "all" ? "all" : "country";
  return (
    <fieldset className="space-y-2" aria-describedby={hint ? `${idPrefix}-${name}-hint` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${idPrefix}-${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-4">
        {levels.map((level) => (
          <label key={level} className="flex items-center gap-2 text-sm">
            <input type="radio" value={level} defaultChecked={start === level} {...register(name)} />
            {t(level)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
