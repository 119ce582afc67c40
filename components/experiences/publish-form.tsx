/**
 * Publishing a draft, or changing who sees a published write-up: the audience (the sharing levels) as radio
 * buttons sent with the one button, so it works without JavaScript and adds no script of its own.
 */
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import type { ExperienceView } from "@/lib/experiences/list-experiences";
import type { ServerAction } from "@/lib/forms/action-state";

export async function PublishForm({ action, experience, countryName }: { action: ServerAction; experience: ExperienceView; countryName: string }) {
  const t = await getTranslations("experiences");
  const draft = experience.state === "draft";
  const levels = [
    { value: "country", label: t("audience.country", { country: countryName }) },
    { value: "all", label: t("audience.all") },
  ];
  return (
    <ActionButton
      action={action}
      fields={{ experienceId: experience.id, version: experience.version }}
      label={draft ? t("publish") : t("changeAudience")}
      pendingLabel={t("form.saving")}
      variant={draft ? "primary" : "secondary"}
    >
      <fieldset className="mb-2 space-y-1">
        <legend className="text-sm font-medium text-slate-800">{draft ? t("audience.legendDraft") : t("audience.legend")}</legend>
        {levels.map((level) => (
          <label key={level.value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="sharingLevel" value={level.value} defaultChecked={experience.sharingLevel === level.value} required />
            {level.label}
          </label>
        ))}
      </fieldset>
    </ActionButton>
  );
}
