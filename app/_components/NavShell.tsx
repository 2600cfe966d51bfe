"use client";
// Collapsible navigation for small screens; on wide screens the content is always shown.
import { usePathname } from "next/navigation";
import { useEffect, useId, useState } from "react";
import styles from "./Header.module.css";

export function NavShell({ children, openLabel, closeLabel }: { children: React.ReactNode; openLabel: string; closeLabel: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const pathname = usePathname();
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <>
      <button
        type="button"
        className={`btn btn-ghost ${styles.menuButton}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
      >
        <span aria-hidden="true" className={styles.burger}>
          {open ? "✕" : "☰"}
        </span>
        <span className="visually-hidden">{open ? closeLabel : openLabel}</span>
      </button>
      <div id={id} className={styles.shell} data-open={open ? "true" : "false"}>
        {children}
      </div>
    </>
  );
}
