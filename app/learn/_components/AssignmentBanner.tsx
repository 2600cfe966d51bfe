// Above a page of work done for a class assignment: its title, the learner's due and close dates (class time zone
// and their own), and whether it still takes work.
import { getTranslations } from "next-intl/server";
import { LocalTime } from "@/app/_components/LocalTime";
import type { LearnerAssignment } from "@/lib/assignments/service";
import { isOpenForWork } from "@/lib/assignments/rules";

export async function AssignmentBanner({ assignment }: { assignment: LearnerAssignment }) {
  const t = await getTranslations("assignments");
  const open = isOpenForWork(assignment.dates, new Date());
  return (
    <div className={open ? "alert alert-info" : "alert alert-error"} role="status" data-testid="assignment-banner">
      <strong>{assignment.title}</strong> · {t("due")}:{" "}
      <LocalTime iso={assignment.dates.dueAt.toISOString()} timeZone={assignment.timeZone} /> · {t("closes")}:{" "}
      <LocalTime iso={assignment.dates.closesAt.toISOString()} timeZone={assignment.timeZone} />
      {!open && <p>{t("closedNotice")}</p>}
    </div>
  );
}
