/** Fields of the GET filter forms of the matrix and its changes: they work without JavaScript and put the filters in the URL. */
import { getTranslations } from "next-intl/server";
import { Field, Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";

export async function FilterSelect({
  name,
  label,
  value,
  choices,
  blank,
}: {
  name: string;
  label: string;
  value: string | undefined;
  choices: { value: string; label: string }[];
  /** The first option's words, for "any" (the matrix's own "Any" unless given). */
  blank?: string;
}) {
  const t = await getTranslations("matrix");
  return (
    <Field id={`filter-${name}`} label={label}>
      <Select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <Options choices={choices} blank={blank ?? t("any")} />
      </Select>
    </Field>
  );
}
