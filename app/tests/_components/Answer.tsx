"use client";
// The answer input of a question, by kind: single or multiple choice, numeric fields, a formula, a code blank, short text.
import { useTranslations } from "next-intl";
import type { PublicItem } from "@/lib/attempts/payload";
import { FormulaInput } from "./FormulaInput";
import { Html } from "./Html";
import styles from "../tests.module.css";

export function Answer({
  item,
  draft,
  onChange,
  disabled,
}: {
  item: PublicItem;
  draft: unknown;
  onChange: (v: unknown) => void;
  disabled: boolean;
}) {
  const t = useTranslations("tests");
  const name = `answer-${item.slug}`;
  const correct = new Set(item.correctOptionIds ?? []);
  switch (item.kind) {
    case "single_choice":
    case "multi_choice": {
      const multi = item.kind === "multi_choice";
      const selected = new Set(multi ? ((draft as string[] | null) ?? []) : draft ? [draft as string] : []);
      return (
        <fieldset className={styles.options} disabled={disabled}>
          <legend className="visually-hidden">{t("yourAnswer")}</legend>
          {(item.options ?? []).map((o) => (
            <label key={o.id} className={`${styles.option} ${correct.has(o.id) ? styles.optionCorrect : ""}`} data-option={o.id}>
              <input
                type={multi ? "checkbox" : "radio"}
                name={name}
                value={o.id}
                checked={selected.has(o.id)}
                onChange={(e) => {
                  if (!multi) onChange(o.id);
                  else {
                    const next = new Set(selected);
                    if (e.target.checked) next.add(o.id);
                    else next.delete(o.id);
                    onChange((item.options ?? []).map((x) => x.id).filter((id) => next.has(id)));
                  }
                }}
              />
              <Html as="span" html={o.html} />
              {correct.has(o.id) ? <span className="badge badge-accent">{t("correctOption")}</span> : null}
            </label>
          ))}
        </fieldset>
      );
    }
    case "numeric": {
      const values = (draft as Record<string, string> | null) ?? {};
      return (
        <div className={styles.fields}>
          {(item.fields ?? []).map((f) => {
            const id = `${name}-${f.id}`;
            return (
              <div className="field" key={f.id}>
                <label htmlFor={id}>{f.labelHtml ? <Html as="span" html={f.labelHtml} /> : t("numericLabel")}</label>
                <input
                  id={id}
                  className={`input ${styles.numInput}`}
                  inputMode={f.integer ? "numeric" : "decimal"}
                  autoComplete="off"
                  value={values[f.id] ?? ""}
                  disabled={disabled}
                  onChange={(e) => onChange({ ...values, [f.id]: e.target.value })}
                />
              </div>
            );
          })}
        </div>
      );
    }
    case "formula":
      return <FormulaInput item={item} value={(draft as string | null) ?? ""} onChange={onChange} disabled={disabled} />;
    case "code_blank": {
      const id = `${name}-code`;
      return (
        <div className={styles.codeWrap}>
          <label htmlFor={id} className="visually-hidden">
            {t("codeLabel")}
          </label>
          <pre className={styles.code}>
            <code>
              <span dangerouslySetInnerHTML={{ __html: item.codeBefore ?? "" }} />
              <input
                id={id}
                className={styles.blank}
                value={(draft as string | null) ?? ""}
                onChange={(e) => onChange(e.target.value)}
                disabled={disabled}
                spellCheck={false}
                autoComplete="off"
                autoCapitalize="off"
                size={Math.max(12, ((draft as string | null) ?? "").length + 2)}
                placeholder="____"
              />
              <span dangerouslySetInnerHTML={{ __html: item.codeAfter ?? "" }} />
            </code>
          </pre>
        </div>
      );
    }
    case "short_text": {
      const id = `${name}-text`;
      const v = (draft as string | null) ?? "";
      const max = item.maxLength ?? 200;
      return (
        <div className="field">
          <label htmlFor={id}>{t("shortLabel")}</label>
          <textarea
            id={id}
            className="input"
            rows={3}
            maxLength={max}
            value={v}
            disabled={disabled}
            onChange={(e) => onChange(e.target.value)}
          />
          <span className="hint">{t("charCount", { count: v.length, max })}</span>
        </div>
      );
    }
  }
}
