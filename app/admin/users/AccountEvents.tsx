// The latest audited account changes (lib/accounts/history.ts): when, who, what, to whom.
import { getFormatter, getTranslations } from "next-intl/server";
import type { AccountEvent } from "@/lib/accounts/history";
import styles from "./admin.module.css";

export async function AccountEvents({ events }: { events: AccountEvent[] }) {
  const [t, tr, format] = await Promise.all([getTranslations("admin"), getTranslations("roles"), getFormatter()]);
  const role = (r: unknown) => (r === "learner" || r === "instructor" || r === "admin" ? tr(r) : String(r));
  const what = (e: AccountEvent) => {
    switch (e.action) {
      case "user.role":
        return t("event.role", { from: role(e.details.from), to: role(e.details.to) });
      case "user.deactivate":
        return t("event.deactivate");
      case "user.reactivate":
        return t("event.reactivate");
      case "user.reset_link":
        return t("event.resetLink");
      case "user.password_reset":
        return t("event.passwordReset");
      case "user.password_change":
        return t("event.passwordChange");
      default:
        return e.action;
    }
  };
  return (
    <section className={styles.events} aria-labelledby="account-events">
      <h2 id="account-events">{t("eventsTitle")}</h2>
      {events.length === 0 ? (
        <p className="muted">{t("eventsNone")}</p>
      ) : (
        <ul data-testid="account-events">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{format.dateTime(new Date(e.at), { dateStyle: "medium", timeStyle: "short" })}</time>{" "}
              {t("eventLine", { actor: e.actor ?? t("unknown"), target: e.target ?? t("unknown"), what: what(e) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
