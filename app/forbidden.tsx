import { getTranslations } from "next-intl/server";
import { HomeLink, StatusPage } from "./_components/StatusPage";

export default async function Forbidden() {
  const [t, tc] = await Promise.all([getTranslations("errors"), getTranslations("common")]);
  return <StatusPage code="403" title={t("forbiddenTitle")} body={t("forbiddenBody")} actions={<HomeLink label={tc("backHome")} />} />;
}
