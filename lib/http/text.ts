// Text that PostgreSQL can store: no NUL (U+0000 — refused in text and jsonb) and no unpaired UTF-16 surrogates
// (not Unicode scalar values; they cannot be encoded as UTF-8). Request JSON is checked everywhere — nested values
// and object keys — so such input is a 400 naming the field, never a database error (500) or a silently changed string.

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (code units: no `u` flag). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when `s` holds a NUL or an unpaired surrogate. */
export function isUnstorableText(s: string): boolean {
  return s.includes("\u0000") || LONE_SURROGATE.test(s);
}

interface Node {
  value: unknown;
  key: string | null;
  parent: Node | null;
}

function pathOf(node: Node, last?: string): string {
  const parts: string[] = last === undefined ? [] : [last];
  for (let n: Node | null = node; n && n.key !== null; n = n.parent) parts.push(n.key);
  return parts.length ? parts.reverse().join(".") : "_";
}

/**
 * The path of the first string (value or key) in a parsed JSON value that PostgreSQL cannot store, e.g.
 * "answers.2.text" or "_" for the top level; null when everything is storable. Iterative, with paths linked to
 * their parents, so any nesting depth JSON.parse accepted is walked in linear time without overflowing the stack.
 */
export function findUnstorableText(value: unknown): string | null {
  const stack: Node[] = [{ value, key: null, parent: null }];
  while (stack.length) {
    const node = stack.pop()!;
    const v = node.value;
    if (typeof v === "string") {
      if (isUnstorableText(v)) return pathOf(node);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: String(i), parent: node });
    } else if (v !== null && typeof v === "object") {
      for (const [k, child] of Object.entries(v)) {
        if (isUnstorableText(k)) return pathOf(node, printableKey(k));
        stack.push({ value: child, key: k, parent: node });
      }
    }
  }
  return null;
}

/** A key that is itself the problem, shown escaped (JSON.stringify writes NUL and lone surrogates as \\uXXXX). */
function printableKey(k: string): string {
  return JSON.stringify(k).slice(1, -1);
}
