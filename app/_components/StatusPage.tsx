import Link from "next/link";
import styles from "./StatusPage.module.css";

/** Shared layout for 404 / 403 / error / unavailable pages. */
export function StatusPage({
  code,
  title,
  body,
  actions,
  detail,
}: {
  code: string;
  title: string;
  body: string;
  actions?: React.ReactNode;
  detail?: React.ReactNode;
}) {
  return (
    <div className={styles.wrap} role="region" aria-labelledby="status-title">
      <p className={styles.code} aria-hidden="true">
        {code}
      </p>
      <h1 id="status-title">{title}</h1>
      <p className={styles.body}>{body}</p>
      <div className={styles.actions}>{actions}</div>
      {detail && <p className={styles.detail}>{detail}</p>}
    </div>
  );
}

export function HomeLink({ label }: { label: string }) {
  return (
    <Link href="/" className="btn btn-primary">
      {label}
    </Link>
  );
}
