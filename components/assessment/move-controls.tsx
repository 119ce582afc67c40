/** Moving an item one place up or down in its section: two one-button forms, each named for the item it moves. */
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import type { ServerAction } from "@/lib/forms/action-state";

export async function MoveControls({ action, item, first, last }: { action: ServerAction; item: { id: string; version: number; statement: string }; first: boolean; last: boolean }) {
  const t = await getTranslations("assessment");
  const name = item.statement.length > 60 ? `${item.statement.slice(0, 59)}…` : item.statement;
  const fields = { id: item.id, version: String(item.version) };
  return (
    <span className="flex gap-1">
      {first ? null : (
        <ActionButton action={action} fields={{ ...fields, direction: "up" }} label="↑" accessibleLabel={t("moveUp", { item: name })}/>
      )}
      {last ? null : (
        <ActionButton action={action} fields={{ ...fields, direction: "down" }} label="↓" accessibleLabel={t("moveDown", { item: name })}/>
      )}
    </span>
  );
}
