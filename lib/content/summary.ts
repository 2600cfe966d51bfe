// Human-readable overview of a content tree (counts per section and kind).
import type { Content } from "./model";

export function countBySection(content: Content): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const s of [...content.sections].sort((a, b) => a.position - b.position)) out.set(s.slug, {});
  for (const i of content.items) {
    const row = out.get(i.data.section) ?? {};
    row[i.data.kind] = (row[i.data.kind] ?? 0) + 1;
    out.set(i.data.section, row);
  }
  return out;
}

export function summarize(content: Content): string {
  const kinds = ["single_choice", "multi_choice", "numeric", "formula", "code_blank", "short_text"];
  const short = ["single", "multi", "numeric", "formula", "code", "text"];
  const lines: string[] = [];
  lines.push(
    `${content.courses.length} course(s), ${content.units.length} unit(s), ${content.sections.length} section(s), ` +
      `${content.items.length} item(s), ${content.tests.length} test(s), ${content.exercises.length} code exercise(s)`,
  );
  lines.push(["section".padEnd(24), ...short.map((k) => k.padStart(8)), "total".padStart(8)].join(""));
  const totals = kinds.map(() => 0);
  for (const [slug, row] of countBySection(content)) {
    const cells = kinds.map((k, i) => {
      totals[i]! += row[k] ?? 0;
      return String(row[k] ?? 0).padStart(8);
    });
    const sum = kinds.reduce((a, k) => a + (row[k] ?? 0), 0);
    lines.push([slug.padEnd(24), ...cells, String(sum).padStart(8)].join(""));
  }
  lines.push(
    ["total".padEnd(24), ...totals.map((t) => String(t).padStart(8)), String(totals.reduce((a, b) => a + b, 0)).padStart(8)].join(""),
  );
  for (const t of content.tests)
    lines.push(`test ${t.slug}: ${t.items.length} item(s), ${t.mode}${t.timeLimitMinutes ? `, ${t.timeLimitMinutes} min` : ""}`);
  return lines.join("\n");
}
