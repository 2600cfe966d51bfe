import { getTranslations } from "next-intl/server";
import { HomeLink, StatusPage } from "./_components/StatusPage";

export default async function NotFound() {
  const [t, tc] = await Promise.all([getTranslations("errors"), getTranslations("common")]);
  return <StatusPage code="404" title={t("notFoundTitle")} body={t("notFoundBody")} actions={<HomeLink label={tc("backHome")} />} />;
}
