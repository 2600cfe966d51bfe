// A unified diff between two submissions, one line per row, coloured by kind (the +/- prefix stays in the text).
import { hunkHeader, type CodeDiff } from "@/lib/gradebook/diff";
import styles from "./learner.module.css";

const LINE_CLASS: Record<string, string | undefined> = { "+": styles.added, "-": styles.removed, "\\": styles.noNewline };

export function CodeDiffView({ diff, from, to }: { diff: CodeDiff; from: string; to: string }) {
  return (
    <pre className={`${styles.code} ${styles.diff}`} data-testid="submission-diff">
      <code>
        <span className={styles.diffFile}>{`--- ${from}\n+++ ${to}\n`}</span>
        {diff.hunks.map((h) => (
          <span key={`${h.oldStart}:${h.newStart}`}>
            <span className={styles.hunk}>{hunkHeader(h)}</span>
            {"\n"}
            {h.lines.map((line, i) => (
              <span key={i} className={LINE_CLASS[line[0] ?? ""]}>
                {line}
                {"\n"}
              </span>
            ))}
          </span>
        ))}
      </code>
    </pre>
  );
}
