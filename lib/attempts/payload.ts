// The ONLY place that turns an attempt into data for the browser. Fields are whitelisted one by one:
// correct answers, explanations and parameter specs are added only for questions that are locked
// (practice: answered correctly, revealed or sent for grading; exam: after submission/expiry).
import { attemptResultsReleased } from "@/lib/assignments/release";
import { localized, type Locale } from "@/lib/i18n/config";
import { renderTemplate } from "@/lib/content/params";
import { parseFormula } from "@/lib/grading/formula";
import { BLANK } from "@/lib/grading/code-blank";
import { escapeHtml, highlightPython, renderInline, renderMarkdown } from "../markdown";
import { optionOrder, paramsFor, toItemFile, type ItemKind } from "./item-file";
import {
  HINT_PENALTY,
  RETRY_PENALTY,
  attemptHref,
  isLocked,
  orderedAnswers,
  type LoadedAnswer,
  type LoadedAttempt,
  type StoredFeedback,
} from "./service";
import katex from "katex";

export interface PublicOption {
  id: string;
  html: string;
}

export interface PublicItem {
  slug: string;
  kind: ItemKind;
  number: number;
  points: number;
  promptHtml: string;
  options?: PublicOption[];
  fields?: Array<{ id: string; labelHtml: string | null; integer: boolean }>;
  variables?: string[];
  /** code_blank: highlighted code before and after the blank. */
  codeBefore?: string;
  codeAfter?: string;
  maxLength?: number;
  hintsTotal: number;
  hintsHtml: string[];
  response: unknown;
  tries: number;
  hintsUsed: number;
  revealed: boolean;
  locked: boolean;
  isCorrect: boolean | null;
  score: number | null;
  pending: boolean;
  feedback: { code: string; message: string } | null;
  /** Only when locked. */
  explanationHtml?: string;
  solutionHtml?: string;
  correctOptionIds?: string[];
}

export interface AttemptPayload {
  id: string;
  /** null for a review session (no test). */
  testSlug: string | null;
  testTitle: string | null;
  /** The page that shows this attempt once it is closed (the player goes there after submit or expiry). */
  href: string;
  mode: "practice" | "exam";
  status: "in_progress" | "submitted" | "expired";
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  serverNow: string;
  score: number | null;
  maxScore: number | null;
  penalties: { hint: number; retry: number };
  items: PublicItem[];
}

type J = Record<string, unknown>;
const L = (v: unknown, locale: Locale) => localized(v, locale);

function tex(src: string): string {
  return katex.renderToString(src, { throwOnError: false, displayMode: false });
}

function solutionHtml(
  kind: ItemKind,
  a: LoadedAnswer,
  attemptSeed: number,
  locale: Locale,
): { html?: string; correctOptionIds?: string[] } {
  const secret = (a.itemVersion.answer ?? {}) as J;
  const slug = a.itemVersion.item.slug;
  switch (kind) {
    case "single_choice":
      return { correctOptionIds: [String(secret.correct)] };
    case "multi_choice":
      return { correctOptionIds: ((secret.correct as string[]) ?? []).map(String) };
    case "numeric": {
      const item = toItemFile(kind, a.itemVersion);
      const params = paramsFor(item, attemptSeed, slug);
      const fields = (secret.fields as Array<J>) ?? [];
      const parts = fields.map((f) => {
        let v: number | undefined = typeof f.value === "number" ? f.value : undefined;
        if (v === undefined && typeof f.expression === "string") {
          try {
            // Evaluated with mathjs through the grader's own helper.
            v = evaluateField(String(f.expression), params);
          } catch {
            v = undefined;
          }
        }
        const label = f.label ? `${renderInline(L(f.label, locale))}: ` : "";
        return `${label}<strong>${v === undefined ? "?" : escapeHtml(formatNum(v))}</strong>`;
      });
      return { html: parts.join("<br>") };
    }
    case "formula": {
      const vars = Object.keys((secret.variables as J) ?? {});
      const p = parseFormula(String(secret.expression ?? ""), vars);
      return { html: p.ok ? tex(p.tex) : `<code>${escapeHtml(String(secret.expression))}</code>` };
    }
    case "code_blank":
      return { html: `<code>${highlightPython(String(secret.reference ?? ""))}</code>` };
    case "short_text": {
      // rightSamples since issue 13; versions stored before it call them samples.
      const samples = ((secret.rightSamples ?? secret.samples) as J) ?? {};
      const list = (samples[locale] as string[]) ?? [];
      return { html: list.length ? escapeHtml(list[0]!) : undefined };
    }
  }
}

import { evaluateNumber } from "@/lib/content/math";
function evaluateField(expr: string, params: Record<string, number>): number {
  return evaluateNumber(expr, params);
}
function formatNum(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}

export function publicItem(attempt: LoadedAttempt, a: LoadedAnswer, number: number, points: number, locale: Locale): PublicItem {
  const kind = a.itemVersion.item.kind;
  const content = (a.itemVersion.content ?? {}) as J;
  const slug = a.itemVersion.item.slug;
  const item = toItemFile(kind, a.itemVersion);
  const locked = isLocked(attempt, a);
  const exam = attempt.mode === "exam";
  const released = attemptResultsReleased(attempt, new Date());
  const showFeedback = (!exam || attempt.status !== "in_progress") && released;

  let prompt = L(content.prompt, locale);
  if (kind === "numeric") prompt = renderTemplate(prompt, paramsFor(item, attempt.seed, slug));
  const hints = (content.hints as unknown[]) ?? [];
  const stored = a.feedback as StoredFeedback | null;

  const out: PublicItem = {
    slug,
    kind,
    number,
    points,
    promptHtml: renderMarkdown(prompt),
    hintsTotal: exam ? 0 : hints.length,
    hintsHtml: hints.slice(0, a.hintsUsed).map((h) => renderInline(L(h, locale))),
    response: a.response ?? null,
    tries: a.tries,
    hintsUsed: a.hintsUsed,
    revealed: a.revealed,
    locked,
    isCorrect: showFeedback ? a.correct : null,
    score: showFeedback ? a.score : null,
    pending: showFeedback ? Boolean(stored?.pending) : false,
    feedback: showFeedback && stored ? { code: stored.code, message: L(stored.message, locale) } : null,
  };

  if (kind === "single_choice" || kind === "multi_choice") {
    const options = new Map(((content.options as J[]) ?? []).map((o) => [String(o.id), o]));
    out.options = optionOrder(item, attempt.seed, slug).map((id) => ({ id, html: renderInline(L(options.get(id), locale)) }));
  } else if (kind === "numeric") {
    out.fields = ((content.fields as J[]) ?? []).map((f) => ({
      id: String(f.id),
      labelHtml: f.label ? renderInline(L(f.label, locale)) : null,
      integer: f.integer === true,
    }));
  } else if (kind === "formula") {
    out.variables = Object.keys((content.variables as J) ?? {});
  } else if (kind === "code_blank") {
    const template = String(content.template ?? "");
    const i = template.indexOf(BLANK);
    out.codeBefore = highlightPython(i < 0 ? template : template.slice(0, i));
    out.codeAfter = highlightPython(i < 0 ? "" : template.slice(i + BLANK.length));
  } else if (kind === "short_text") {
    out.maxLength = typeof content.maxLength === "number" ? content.maxLength : 200;
  }

  if (locked && released) {
    out.explanationHtml = renderMarkdown(L(content.explanation, locale));
    const sol = solutionHtml(kind, a, attempt.seed, locale);
    if (sol.html !== undefined) out.solutionHtml = sol.html;
    if (sol.correctOptionIds) out.correctOptionIds = sol.correctOptionIds;
  }
  return out;
}

export function buildAttemptPayload(attempt: LoadedAttempt, locale: Locale, now = new Date()): AttemptPayload {
  const rows = orderedAnswers(attempt);
  const closed = attempt.status !== "in_progress";
  return {
    id: attempt.id,
    testSlug: attempt.test?.slug ?? null,
    testTitle: attempt.test ? L(attempt.test.title, locale) : null,
    href: attemptHref(attempt),
    mode: attempt.mode,
    status: attempt.status,
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    serverNow: now.toISOString(),
    score: closed && attemptResultsReleased(attempt, now) ? attempt.score : null,
    maxScore: attempt.maxScore,
    penalties: { hint: HINT_PENALTY, retry: RETRY_PENALTY },
    items: rows.map((r, i) => publicItem(attempt, r.answer, i + 1, r.points, locale)),
  };
}

/** One question's public state (for route-handler responses). */
export function buildItemPayload(attempt: LoadedAttempt, itemSlug: string, locale: Locale): PublicItem | null {
  const rows = orderedAnswers(attempt);
  const i = rows.findIndex((r) => r.slug === itemSlug);
  if (i < 0) return null;
  return publicItem(attempt, rows[i]!.answer, i + 1, rows[i]!.points, locale);
}
