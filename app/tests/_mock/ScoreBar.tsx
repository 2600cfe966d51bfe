// A bar for a score ratio (the mock exam's result and class pages), and the percentage beside it.
import styles from "./mock.module.css";

/** A horizontal bar for a ratio 0..1 (the table beside it carries the numbers; the bar is decoration). */
export function ScoreBar({ ratio }: { ratio: number | null }) {
  const width = ratio === null ? 0 : Math.round(Math.max(0, Math.min(1, ratio)) * 100);
  return (
    <div className={styles.bar} aria-hidden="true">
      <div className={styles.barFill} style={{ width: `${width}%` }} />
    </div>
  );
}

export function pct(ratio: number | null): string {
  return ratio === null ? "—" : String(Math.round(ratio * 100));
}
