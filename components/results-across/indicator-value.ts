/** An indicator's figure as people read it: in the reader's locale, exact decimal text (never a float), with its unit. */
import type { createFormatter } from "next-intl";
import type { IndicatorUnit } from "@/db/schema/values";

type Formatter = ReturnType<typeof createFormatter>;
/** The `resultsAcross` namespace's translator, or any that has its unit keys. */
type Translator = (key: `unitValue.${IndicatorUnit}`, values: { value: string }) => string;

// Intl formats a decimal string exactly; the cast only satisfies next-intl's number-typed signature.
const exact = (text: string) => text as unknown as number;

/** "45.2 %", "1,250 persons", "459.8 thousand persons": as many decimals as the figure has, up to four. */
export function formatIndicatorValue(format: Formatter, t: Translator, unit: IndicatorUnit, value: string): string {
  return t(`unitValue.${unit}`, { value: format.number(exact(value), { maximumFractionDigits: 4 }) });
}
