"use client";
// An instant shown in the class's time zone and, when the browser's zone differs, also in the viewer's own
// (Intl only; the viewer's zone is known only in the browser, so that part appears after hydration).
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { isOpenEnded } from "@/lib/assignments/rules";
import { formatInZone as fmt } from "@/lib/classes/time-zone";

export function LocalTime({ iso, timeZone }: { iso: string; timeZone: string }) {
  const locale = useLocale();
  const t = useTranslations("classes");
  const at = new Date(iso);
  const [own, setOwn] = useState<string | null>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const a = fmt(at, zone, locale);
    setOwn(a !== fmt(at, timeZone, locale) ? a : null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [iso, timeZone, locale]);
  // an assignment placed by an LMS has no dates of its own (the LMS shows them)
  if (isOpenEnded(at)) return <span className="muted">{t("noDate")}</span>;
  return (
    <time dateTime={iso} data-zone={timeZone}>
      {fmt(at, timeZone, locale)}
      {own && <span className="muted"> ({t("yourTime", { time: own })})</span>}
    </time>
  );
}
