"use client";
// The Run tab: the public tests' results of the last run, its output, and the plots of the last runs overlaid.
import { useLocale, useTranslations } from "next-intl";
import type { ExercisePagePayload } from "@/lib/exercises/page-payload";
import type { PlotRun } from "../_hooks/useRunWorker";
import { type OverlaidSeries, PlotChart } from "../PlotChart";
import type { RunReport } from "../protocol";
import styles from "../exercises.module.css";

type Loc = { en: string; ja: string };

export function RunPanel({
  publicTests,
  running,
  runNote,
  report,
  runs,
  onClearRuns,
}: {
  publicTests: ExercisePagePayload["publicTests"];
  running: boolean;
  runNote: string | null;
  report: (RunReport & { n: number }) | null;
  runs: PlotRun[];
  onClearRuns: () => void;
}) {
  const t = useTranslations("exercises");
  const locale = useLocale();
  const loc = (m: Loc) => (locale === "ja" ? m.ja : m.en);
  const runPassed = report ? report.tests.filter((x) => x.passed === true).length : 0;
  return (
    <section className={styles.panel} aria-label={t("tab_run")} data-testid="run-panel">
      <p className="muted">{t("runNote", { count: publicTests.length })}</p>
      {running ? <p role="status">{t("running")}</p> : null}
      {runNote ? <p className="alert alert-info">{runNote}</p> : null}
      {report ? (
        <>
          <p className={styles.summary} data-testid="run-summary" data-run={report.n}>
            {t("runSummary", { passed: runPassed, total: report.tests.length, ms: report.durationMs })}
          </p>
          <ul className={styles.results}>
            {report.tests.map((r) => (
              <li
                key={r.name}
                className={r.passed === true ? styles.pass : r.passed === false ? styles.fail : styles.neutral}
                data-test={r.name}
                data-passed={String(r.passed)}
              >
                <div className={styles.resultHead}>
                  <strong>
                    {r.passed === true ? "✓" : r.passed === false ? "✗" : "•"} {r.name}
                  </strong>
                  <span className="muted">{r.durationMs} ms</span>
                </div>
                {publicTests.find((x) => x.name === r.name)?.description ? (
                  <div className="muted">{loc(publicTests.find((x) => x.name === r.name)!.description!)}</div>
                ) : null}
                <div>{loc(r.message)}</div>
                {r.expected !== undefined || r.got !== undefined ? (
                  <dl className={styles.expGot}>
                    <dt>{t("expected")}</dt>
                    <dd>
                      <code>{r.expected}</code>
                    </dd>
                    <dt>{t("got")}</dt>
                    <dd>
                      <code>{r.got}</code>
                    </dd>
                  </dl>
                ) : null}
              </li>
            ))}
          </ul>
          <h3 className={styles.h3}>{t("stdout")}</h3>
          <pre className={styles.stdout} data-testid="stdout">
            {report.stdout || t("noOutput")}
          </pre>
        </>
      ) : null}
      {runs.length ? <Plots runs={runs} onClear={onClearRuns} /> : null}
    </section>
  );
}

function Plots({ runs, onClear }: { runs: PlotRun[]; onClear: () => void }) {
  const t = useTranslations("exercises");
  const latest = runs[runs.length - 1]!;
  const count = Math.max(...runs.map((r) => r.plots.length));
  return (
    <div className={styles.plots}>
      <div className={styles.diffHead}>
        <h3 className={styles.h3}>{t("plots", { runs: runs.length })}</h3>
        <button type="button" className="btn btn-ghost" onClick={onClear} data-testid="clear-plots">
          {t("clearPlots")}
        </button>
      </div>
      {Array.from({ length: count }, (_, i) => {
        const spec = latest.plots[i] ?? runs.findLast((r) => r.plots[i])!.plots[i]!;
        const series: OverlaidSeries[] = runs.flatMap((r) =>
          (r.plots[i]?.series ?? []).map((s) => ({ ...s, run: r.run, age: latest.run - r.run })),
        );
        return <PlotChart key={i} spec={spec} series={series} runLabel={(n) => t("runN", { n })} />;
      })}
    </div>
  );
}
