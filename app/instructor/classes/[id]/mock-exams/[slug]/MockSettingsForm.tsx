"use client";
// The class's mock-exam settings: question count, minutes, a weight per unit and (optionally) per section, sent as
// JSON to PUT /api/classes/:id/mock-exams/:slug; the server's refusal (in the user's language) is shown as is.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

export interface SettingsUnit {
  slug: string;
  title: string;
  bank: number;
  sections: Array<{ slug: string; title: string; bank: number }>;
}

export function MockSettingsForm({
  action,
  questions,
  minutes,
  units,
  unitWeights,
  sectionWeights,
}: {
  action: string;
  questions: number;
  minutes: number;
  units: SettingsUnit[];
  unitWeights: Record<string, number>;
  sectionWeights: Record<string, number>;
}) {
  const t = useTranslations("mock");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const anyUnit = Object.keys(unitWeights).length > 0;

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const num = (name: string) => Number(form.get(name));
    const weights = (prefix: string, slugs: string[]) =>
      Object.fromEntries(slugs.filter((s) => String(form.get(`${prefix}${s}`) ?? "") !== "").map((s) => [s, num(`${prefix}${s}`)]));
    const body = {
      questions: num("questions"),
      minutes: num("minutes"),
      units: weights(
        "unit:",
        units.map((u) => u.slug),
      ),
      sections: weights(
        "section:",
        units.flatMap((u) => u.sections.map((s) => s.slug)),
      ),
    };
    setBusy(true);
    setError(null);
    setDetails([]);
    setDone(false);
    try {
      const res = await fetch(action, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const data = (await res.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string[]> };
      if (!res.ok) {
        setError(data.error ?? `HTTP ${res.status}`);
        setDetails(Object.entries(data.fields ?? {}).map(([k, v]) => `${k}: ${v.join("; ")}`));
        return;
      }
      setDone(true);
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="api-form" data-testid="mock-settings">
      {error && (
        <div className="alert alert-error" role="alert">
          <p>{error}</p>
          {details.length > 0 && (
            <ul>
              {details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {done && (
        <p className="alert alert-success" role="status">
          {t("saved")}
        </p>
      )}
      <div className="field">
        <label htmlFor="mock-questions">{t("questions")}</label>
        <input id="mock-questions" name="questions" type="number" min={1} max={300} className="input" defaultValue={questions} required />
      </div>
      <div className="field">
        <label htmlFor="mock-minutes">{t("minutes")}</label>
        <input id="mock-minutes" name="minutes" type="number" min={1} max={600} className="input" defaultValue={minutes} required />
      </div>
      <fieldset>
        <legend>{t("unitWeights")}</legend>
        {units.map((u) => (
          <div className="field" key={u.slug}>
            <label htmlFor={`mock-unit-${u.slug}`}>
              {u.title} <span className="muted">({t("bankSize", { count: u.bank })})</span>
            </label>
            <input
              id={`mock-unit-${u.slug}`}
              name={`unit:${u.slug}`}
              type="number"
              min={0}
              step="any"
              className="input"
              defaultValue={anyUnit ? (unitWeights[u.slug] ?? 0) : 1}
            />
          </div>
        ))}
      </fieldset>
      <details>
        <summary>{t("sectionWeights")}</summary>
        {units.flatMap((u) =>
          u.sections.map((s) => (
            <div className="field" key={s.slug}>
              <label htmlFor={`mock-section-${s.slug}`}>
                {u.title} · {s.title} <span className="muted">({t("bankSize", { count: s.bank })})</span>
              </label>
              <input
                id={`mock-section-${s.slug}`}
                name={`section:${s.slug}`}
                type="number"
                min={0}
                step="any"
                className="input"
                defaultValue={sectionWeights[s.slug] ?? ""}
              />
            </div>
          )),
        )}
      </details>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t("save")}
      </button>
    </form>
  );
}
