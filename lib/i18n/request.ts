import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./config";
import { getSessionUser } from "@/lib/auth/session";

const loaders: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import("../../messages/en.json"),
  ja: () => import("../../messages/ja.json"),
};

export async function getRequestLocale(): Promise<Locale> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const cookie = cookieStore.get(LOCALE_COOKIE)?.value;
  // Only consult the session when there is no explicit cookie (the JWT carries the saved locale).
  const userLocale = cookie ? undefined : (await getSessionUser())?.locale;
  return resolveLocale({ cookie, userLocale, acceptLanguage: headerStore.get("accept-language") });
}

export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  const messages = (await loaders[locale]()).default;
  return { locale, messages, timeZone: "Asia/Tokyo" };
});
