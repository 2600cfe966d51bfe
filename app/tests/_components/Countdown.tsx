"use client";
// The exam's time left, counted on the server's clock; at zero it calls onExpire once (the attempt is submitted).
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { formatClock } from "@/app/_lib/format";
import styles from "../tests.module.css";

export function Countdown({ deadline, serverNow, onExpire }: { deadline: string; serverNow: string; onExpire: () => void }) {
  const t = useTranslations("tests");
  // Offset between the server clock (authoritative) and this browser's clock.
  const offset = useMemo(() => new Date(serverNow).getTime() - Date.now(), [serverNow]);
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState(() => end - (Date.now() + offset));
  const fired = useRef(false);
  useEffect(() => {
    const id = setInterval(() => setLeft(end - (Date.now() + offset)), 1000);
    return () => clearInterval(id);
  }, [end, offset]);
  useEffect(() => {
    if (left <= 0 && !fired.current) {
      fired.current = true;
      onExpire();
    }
  }, [left, onExpire]);
  const s = Math.max(0, Math.ceil(left / 1000));
  return (
    <p className={`${styles.timer} ${s < 60 ? styles.timerLow : ""}`}>
      <span>{t("timeLeft")}</span>{" "}
      <strong role="timer" aria-live={s < 60 ? "polite" : "off"} data-testid="time-left">
        {s <= 0 ? t("timeUp") : formatClock(s)}
      </strong>
    </p>
  );
}
