// "Most common wrong answers" on the item statistics page: numeric (by error relative to the learner's variant and by
// value), formula (equivalent expressions grouped, simplified) and short text (normalised). Each group shows its
// count, its share of the wrong answers with a small bar, and its most frequent spelling.
import type { ReactNode } from "react";
import type { getFormatter, getTranslations } from "next-intl/server";
import { localized, type Locale } from "@/lib/i18n/config";
import type { WrongAnswerReport } from "@/lib/gradebook/items";
import type { NumericPattern, NumericValue } from "@/lib/gradebook/wrong-numeric";
import type { FormulaLabel, FormulaRelation } from "@/lib/gradebook/wrong-formula";
import type { WrongGroup } from "@/lib/gradebook/wrong-groups";
import styles from "../instructor.module.css";
import own from "./items.module.css";

type T = Awaited<ReturnType<typeof getTranslations<"gradebook">>>;
type F = Awaited<ReturnType<typeof getFormatter>>;

/** A share as a small bar, drawn with SVG attributes. */
function ShareBar({ share }: { share: number }) {
  const w = Math.max(0, Math.min(100, share * 100));
  return (
    <svg className={own.bar} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width={w.toFixed(2)} height="10" rx="2" />
    </svg>
  );
}

function factorText(k: number, format: F): string {
  if (k > 0 && k < 1 && Number.isInteger(Math.round(1 / k)) && Math.abs(1 / k - Math.round(1 / k)) < 1e-9) return `1/${Math.round(1 / k)}`;
  return format.number(k, { maximumSignificantDigits: 4 });
}

function patternText(p: NumericPattern | FormulaRelation, t: T, format: F, locale: Locale): ReactNode {
  switch (p.kind) {
    case "distractor":
      return t("patternDistractor", { mistake: p.feedback ? localized(p.feedback, locale) : p.expression });
    case "sign":
      return t("patternSign");
    case "factor":
      return t("patternFactor", { factor: factorText(p.factor, format) });
    case "offset":
      return t("patternOffset", { offset: format.number(p.offset, { signDisplay: "always", maximumSignificantDigits: 4 }) });
    case "ratio":
      return t("patternRatio", { ratio: format.number(p.ratio, { maximumSignificantDigits: 2 }) });
    case "other":
      return t("patternOther");
    case "none":
      return t("relationNone");
  }
}

function GroupTable<L>({
  groups,
  head,
  label,
  exampleHead,
  testid,
  t,
  format,
}: {
  groups: Array<WrongGroup<L>>;
  head: ReactNode[];
  label: (g: WrongGroup<L>) => ReactNode[];
  exampleHead: string;
  testid: string;
  t: T;
  format: F;
}) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid={testid}>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th scope="col" key={i}>
                {h}
              </th>
            ))}
            <th scope="col" className={styles.num}>
              {t("wrongCount")}
            </th>
            <th scope="col">{t("wrongShare")}</th>
            <th scope="col">{exampleHead}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => {
            const [first, ...rest] = label(g);
            return (
              <tr key={g.key} data-group={g.key}>
                <th scope="row">{first}</th>
                {rest.map((x, i) => (
                  <td key={i}>{x}</td>
                ))}
                <td className={styles.num}>{format.number(g.count)}</td>
                <td className={own.share}>
                  {format.number(g.share, { style: "percent", maximumFractionDigits: 1 })}
                  <ShareBar share={g.share} />
                </td>
                <td>
                  <code>{g.example}</code>
                  {g.spellings > 1 && <span className="muted"> · {t("wrongSpellings", { count: g.spellings })}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function WrongAnswers({ report, locale, t, format }: { report: WrongAnswerReport; locale: Locale; t: T; format: F }) {
  const more = (n: number) => (n > 0 ? <p className="muted">{t("wrongOther", { count: n })}</p> : null);
  let body: ReactNode;
  if (report.kind === "numeric") {
    const valueText = (v: NumericValue) =>
      v.kind === "value" ? <code>{format.number(v.value, { maximumSignificantDigits: 12 })}</code> : t("notANumber", { text: v.text });
    body = (
      <>
        <p className="muted">{t("wrongLeadNumeric")}</p>
        {report.fields.map((f) => {
          const patterns = (
            <div key="p">
              <h3 className={own.subheading}>{t("wrongByPattern")}</h3>
              <GroupTable
                groups={f.byPattern}
                head={[t("wrongError")]}
                label={(g) => [patternText(g.label, t, format, locale)]}
                exampleHead={t("wrongExampleExpected")}
                testid={`wrong-pattern-${f.id}`}
                t={t}
                format={format}
              />
              {more(f.otherPatterns)}
            </div>
          );
          const values = (
            <div key="v">
              <h3 className={own.subheading}>{t("wrongByValue")}</h3>
              <GroupTable
                groups={f.byValue}
                head={[t("wrongAnswer")]}
                label={(g) => [valueText(g.label)]}
                exampleHead={t("wrongExample")}
                testid={`wrong-value-${f.id}`}
                t={t}
                format={format}
              />
              {more(f.otherValues)}
            </div>
          );
          return (
            <div key={f.id} data-field={f.id}>
              {report.fields.length > 1 && <h3>{t("wrongField", { field: f.label ? localized(f.label, locale) : f.id })}</h3>}
              {f.wrong === 0 ? <p className="muted">{t("wrongNone")}</p> : report.parameterised ? [patterns, values] : [values, patterns]}
              {f.blank > 0 && <p className="muted">{t("wrongBlank", { count: f.blank })}</p>}
            </div>
          );
        })}
      </>
    );
  } else if (report.kind === "formula") {
    const cells = (g: WrongGroup<FormulaLabel>): ReactNode[] =>
      g.label.kind === "formula"
        ? [<code key="c">{g.label.canonical}</code>, patternText(g.label.relation, t, format, locale)]
        : [t("invalidFormula", { text: g.label.text }), t("relationNone")];
    body = (
      <>
        <p className="muted">{t("wrongLeadFormula")}</p>
        {report.wrong === 0 ? (
          <p className="muted">{t("wrongNone")}</p>
        ) : (
          <GroupTable
            groups={report.groups}
            head={[t("wrongExpression"), t("wrongRelation")]}
            label={cells}
            exampleHead={t("wrongExample")}
            testid="wrong-formula"
            t={t}
            format={format}
          />
        )}
        {more(report.other)}
      </>
    );
  } else {
    body = (
      <>
        <p className="muted">{t("wrongLeadText")}</p>
        {report.wrong === 0 ? (
          <p className="muted">{t("wrongNone")}</p>
        ) : (
          <GroupTable
            groups={report.groups}
            head={[t("wrongAnswer")]}
            label={(g) => [g.label.text]}
            exampleHead={t("wrongExample")}
            testid="wrong-text"
            t={t}
            format={format}
          />
        )}
        {more(report.other)}
        {report.pending > 0 && <p className="muted">{t("wrongPending", { count: report.pending })}</p>}
      </>
    );
  }
  return (
    <section aria-labelledby="wrong-heading" className={styles.block} data-testid="wrong-answers">
      <h2 id="wrong-heading">{t("wrongHeading")}</h2>
      {body}
    </section>
  );
}
