// "My assignments" on /learn: the learner's class assignments (due next first) with status and, once released,
// the score (penalised, with the raw score and the late penalty shown), and the form to join a class by code.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApiForm } from "@/app/_components/ApiForm";
import { LocalTime } from "@/app/_components/LocalTime";
import type { MyAssignment } from "@/lib/assignments/mine";
import styles from "./panels.module.css";

export async function MyAssignmentsPanel({ assignments, inClass }: { assignments: MyAssignment[]; inClass: boolean }) {
  const [t, tc, format] = await Promise.all([getTranslations("assignments"), getTranslations("classes"), getFormatter()]);
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="my-assignments-h" data-testid="my-assignments">
      <h2 id="my-assignments-h">{t("mine")}</h2>
      {assignments.length === 0 ? (
        <p className="muted">{inClass ? t("mineEmpty") : t("mineNoClass")}</p>
      ) : (
        <ul className={styles.list}>
          {assignments.map((a) => (
            <li key={a.id} className={styles.row} data-assignment={a.id} data-status={a.status}>
              <span className={styles.what}>
                <span className="badge" data-testid="assignment-status">
                  {t(`status.${a.status}`)}
                </span>
                <strong>{a.title}</strong>
                <span className="muted">
                  {a.className} · {t("due")}: <LocalTime iso={a.dueAt.toISOString()} timeZone={a.timeZone} />
                </span>
                {a.released && a.penalised !== null ? (
                  <span data-testid="assignment-score">
                    {pct(a.penalised)}
                    {a.raw !== null && a.penalised < a.raw ? ` (${t("rawScore", { raw: pct(a.raw) })}, ${t("latePenaltyApplied")})` : ""}
                  </span>
                ) : a.status === "submitted" || a.status === "late" ? (
                  <span className="muted">{t("scoreNotReleased")}</span>
                ) : null}
              </span>
              {a.canWork &&
                (a.kind === "test" ? (
                  <ApiForm
                    action="/api/attempts"
                    fixed={{ assignmentId: a.id }}
                    submitLabel={a.status === "in_progress" ? t("continue") : t("start")}
                    redirectTo="/tests/{testSlug}/attempts/{attemptId}"
                    variant="secondary"
                    testId={`start-${a.id}`}
                  />
                ) : (
                  <Link href={a.href} className="btn btn-secondary" data-testid={`open-${a.id}`}>
                    {t("open")}
                  </Link>
                ))}
            </li>
          ))}
        </ul>
      )}
      <h3>{tc("joinHeadingLearner")}</h3>
      <ApiForm
        action="/api/classes/join"
        testId="join-class"
        submitLabel={tc("joinButton")}
        successMessage={tc("joined", { name: "{name}" })}
        fields={[{ name: "code", label: tc("joinCode"), type: "text", required: true }]}
      />
    </section>
  );
}
