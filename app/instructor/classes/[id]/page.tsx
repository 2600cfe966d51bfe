// /instructor/classes/[id] — one class: join code and link (rotate, close), staff, roster (join date, last
// activity, remove), CSV roster import, and its assignments. What each button needs is in docs/CLASSES.md.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ApiForm } from "@/app/_components/ApiForm";
import { db } from "@/lib/db/client";
import { requireClassScope } from "@/lib/auth/guard";
import { withClass } from "@/lib/classes/links";
import { classCan } from "@/lib/classes/permissions";
import { getRoster } from "@/lib/classes/service";
import { formatInZone } from "@/lib/classes/time-zone";
import { withDb } from "@/lib/http/errors";
import { AssignmentsSection } from "./AssignmentsSection";
import { LmsSection } from "./LmsSection";
import { MockExamsSection } from "./MockExamsSection";
import styles from "../../instructor.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes"))("title") };
}

export default async function ClassPage({ params }: Props) {
  const { id } = await params;
  const scope = await requireClassScope(id, "view", { callbackUrl: `/instructor/classes/${encodeURIComponent(id)}` });
  const c = scope.current!;
  const [t, locale, cls, roster] = await Promise.all([
    getTranslations("classes"),
    getLocale(),
    withDb(() => db().class.findUnique({ where: { id: c.id }, select: { joinCode: true, joinOpen: true } })),
    withDb(() => getRoster(db(), c.id)),
  ]);
  if (!cls) notFound();
  const manageClass = classCan(c.power, "manageClass");
  const manageRoster = classCan(c.power, "manageRoster");
  const when = (d: Date | null) => (d ? formatInZone(new Date(d), c.timeZone, locale) : t("never"));
  const learners = roster.filter((m) => m.role === "learner");
  return (
    <>
      <header className="page-header">
        <span className="eyebrow">
          {c.term} · {c.timeZone}
        </span>
        <h1 data-testid="class-name">{c.name}</h1>
        <p>
          <Link href="/instructor/classes">{t("title")}</Link> ·{" "}
          <Link href={withClass("/instructor/gradebook", c.id)}>{t("gradebook")}</Link> ·{" "}
          <Link href={withClass("/instructor/grading", c.id)}>{t("grading")}</Link>
        </p>
      </header>

      <section aria-labelledby="join" className={styles.block}>
        <h2 id="join">{t("joinHeading")}</h2>
        <p>
          {t("joinCode")}: <code data-testid="join-code">{cls.joinCode}</code> · {t("joinLink")}:{" "}
          <code data-testid="join-link">/join/{cls.joinCode}</code> ·{" "}
          <span data-testid="join-state">{cls.joinOpen ? t("joinOpen") : t("joinClosed")}</span>
        </p>
        {manageClass && (
          <div className={styles.classSwitcher}>
            <ApiForm
              action={`/api/classes/${c.id}`}
              method="PATCH"
              fixed={{ rotateCode: true }}
              submitLabel={t("rotate")}
              variant="secondary"
              testId="rotate-code"
            />
            <ApiForm
              action={`/api/classes/${c.id}`}
              method="PATCH"
              fixed={{ joinOpen: !cls.joinOpen }}
              submitLabel={cls.joinOpen ? t("closeJoining") : t("openJoining")}
              variant="secondary"
              testId="toggle-joining"
            />
          </div>
        )}
      </section>

      <LmsSection classId={c.id} timeZone={c.timeZone} power={c.power} />

      <AssignmentsSection classId={c.id} timeZone={c.timeZone} power={c.power} />

      <MockExamsSection classId={c.id} />

      <section aria-labelledby="roster" className={styles.block}>
        <h2 id="roster">
          {t("roster")} <span className="muted">({learners.length})</span>
        </h2>
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="roster">
            <thead>
              <tr>
                <th scope="col">{t("memberName")}</th>
                <th scope="col">{t("memberEmail")}</th>
                <th scope="col">{t("memberRole")}</th>
                <th scope="col">{t("joined")}</th>
                <th scope="col">{t("lastActivity")}</th>
                {manageRoster && <th scope="col" />}
              </tr>
            </thead>
            <tbody>
              {roster.map((m) => (
                <tr key={m.userId} data-member={m.email}>
                  <td>
                    {m.role === "learner" ? <Link href={withClass(`/instructor/learners/${m.userId}`, c.id)}>{m.name}</Link> : m.name}
                  </td>
                  <td>{m.email}</td>
                  <td>{t(`role.${m.role}`)}</td>
                  <td>{when(m.joinedAt)}</td>
                  <td>{when(m.lastActivity)}</td>
                  {manageRoster && (
                    <td>
                      {m.userId !== scope.user.id && (
                        <ApiForm
                          action={`/api/classes/${c.id}/members/${m.userId}`}
                          method="DELETE"
                          submitLabel={t("remove")}
                          confirm={t("removeConfirm", { name: m.name })}
                          variant="danger"
                          testId={`remove-${m.email}`}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {manageRoster && (
        <>
          <section aria-labelledby="staff" className={styles.block}>
            <h2 id="staff">{t("addStaffHeading")}</h2>
            <ApiForm
              action={`/api/classes/${c.id}/staff`}
              testId="add-staff"
              submitLabel={t("addStaff")}
              fields={[
                { name: "email", label: t("memberEmail"), type: "email", required: true },
                {
                  name: "role",
                  label: t("memberRole"),
                  type: "select",
                  options: [
                    { value: "ta", label: t("role.ta") },
                    { value: "instructor", label: t("role.instructor") },
                  ],
                },
              ]}
            />
          </section>
          <section aria-labelledby="import" className={styles.block}>
            <h2 id="import">{t("importHeading")}</h2>
            <p className="muted">{t("importHelp")}</p>
            <ApiForm
              action={`/api/classes/${c.id}/roster`}
              testId="import-roster"
              submitLabel={t("import")}
              successMessage={t("importDone", { created: "{created}", added: "{added}", alreadyMembers: "{alreadyMembers}" })}
              fields={[{ name: "csv", label: t("csv"), type: "textarea", required: true, defaultValue: "email,name\n" }]}
            />
          </section>
        </>
      )}
    </>
  );
}
