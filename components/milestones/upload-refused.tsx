/** Shown when proxy.ts sent a form back because its files exceeded what one request may carry (no JavaScript). */
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

export async function UploadRefused({ refused }: { refused: string | undefined }) {
  if (refused !== "tooLarge") return null;
  const t = await getTranslations("evidence");
  return (
    <div className="mb-4">
      <Alert tone="error">{t("uploadTooLarge")}</Alert>
    </div>
  );
}
