"use server";
// Language switcher: stores the choice in the `locale` cookie and, for a signed-in user, in User.locale.
import { cookies } from "next/headers";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, isLocale } from "./config";

export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  const store = await cookies();
  store.set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production" && (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  });
  const user = await getSessionUser();
  if (user) {
    try {
      await db().user.update({ where: { id: user.id }, data: { locale } });
    } catch (error) {
      // The cookie already carries the choice; failing to persist it must not break the switch.
      console.error("[i18n] could not save User.locale:", error instanceof Error ? error.message : error);
    }
  }
}
