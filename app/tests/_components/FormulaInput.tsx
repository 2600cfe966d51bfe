"use client";
// A formula answer: the learner types it in plain notation over the question's variables and sees it typeset
// (KaTeX) as they type, or what is wrong with it.
import katex from "katex";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { parseFormula } from "@/lib/grading/formula";
import type { PublicItem } from "@/lib/attempts/payload";
import styles from "../tests.module.css";

export function FormulaInput({
  item,
  value,
  onChange,
  disabled,
}: {
  item: PublicItem;
  value: string;
  onChange: (v: string) => void;
  disabled: boolean;
}) {
  const t = useTranslations("tests");
  const locale = useLocale() as "en" | "ja";
  const vars = item.variables ?? [];
  const id = `answer-${item.slug}-formula`;
  const preview = useMemo(() => {
    if (!value.trim()) return null;
    const r = parseFormula(value, vars);
    if (r.ok) return { ok: true as const, html: katex.renderToString(r.tex, { throwOnError: false, displayMode: true }) };
    return { ok: false as const, message: r.error.message[locale] ?? r.error.message.en };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, vars.join(","), locale]);
  return (
    <div className="field">
      <label htmlFor={id}>{t("formulaLabel", { vars: vars.join(", ") })}</label>
      <input
        id={id}
        className={`input ${styles.formulaInput}`}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-describedby={`${id}-preview`}
        aria-invalid={preview && !preview.ok ? true : undefined}
      />
      <div id={`${id}-preview`} className={styles.preview} aria-live="polite" data-testid="formula-preview">
        <span className={styles.previewLabel}>{t("formulaPreview")}: </span>
        {preview === null ? (
          <span className="muted">{t("formulaEmpty")}</span>
        ) : preview.ok ? (
          <span dangerouslySetInnerHTML={{ __html: preview.html }} />
        ) : (
          <span className="field-error">{preview.message}</span>
        )}
      </div>
    </div>
  );
}
