// Where in a frame's source an exception was raised, and the caret line CPython 3.11 prints under it (PEP 657).
// The compiler wraps the expressions that can raise; the innermost one notes its span on the exception once, and
// the frame's traceback entry takes it (compiler/calls.ts, interpreter.ts).
import type { Expr, Located, Span } from "./ast";
import { PyExcObj } from "./objects/core";
import type { E } from "./frame";
import { toPyExc } from "./compiler/exceptions";

/** notes on `x` (when it is a Python exception not yet placed in this frame) that `node` raised it */
export function raisedAt(x: unknown, node: Located): unknown {
  // NumPy's errors are thrown as plain {pyType, message} objects: they become the Python exception here
  if (x !== null && typeof x === "object" && !(x instanceof PyExcObj) && typeof (x as { pyType?: unknown }).pyType === "string")
    x = toPyExc(x);
  if (x instanceof PyExcObj && x.loc === undefined) x.loc = node.sp ? { sp: node.sp, node: node as Expr } : null;
  return x;
}

/** `x` compiled so that an exception it raises is placed at `node` */
export function located(x: E, node: Located): E {
  return (f) => {
    try {
      return x(f);
    } catch (err) {
      throw raisedAt(err, node);
    }
  };
}

/** the exception's place in the frame whose traceback entry is being made, cleared for the caller's frame */
export function takeLocation(e: PyExcObj): PyExcObj["loc"] {
  const loc = e.loc;
  e.loc = undefined;
  return loc;
}

const isWhite = (c: string | undefined) => c === " " || c === "\t" || c === "\f";

// East Asian Wide and Fullwidth ranges (terminals draw them two columns wide; CPython counts them so)
const WIDE: [number, number][] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];
function charWidth(cp: number): number {
  if (cp < 0x1100) return 1;
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return 2;
  return 1;
}
/** display width of s[0, offset) */
function width(s: string, offset: number): number {
  let w = 0;
  for (let i = 0; i < offset && i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += charWidth(cp);
  }
  return w;
}

interface Anchors {
  left: number;
  right: number;
  primary: string;
  secondary: string;
}

/** the operator of a binary operation, the brackets of a subscript: offsets inside the segment, as CPython finds them */
function anchors(node: Expr, seg: string, start: number, line: number): Anchors | null {
  const ownEnd = (x: Expr) => (x.sp && x.sp[2] === line ? x.sp[3] - start : null);
  if (node.k === "BinOp") {
    const le = ownEnd(node.l);
    const rs = node.r.sp && node.r.sp[0] === line ? node.r.sp[1] - start : null;
    if (le === null || rs === null) return null;
    let a: Anchors | null = null;
    for (let i = le; i < rs; i++) {
      if (isWhite(seg[i])) continue;
      a = { left: i, right: i + 1, primary: "^", secondary: "^" };
      if (i + 1 < rs && !isWhite(seg[i + 1])) a.right++;
      if (i + 1 < rs && seg[i] === ")") continue;
      a.primary = "~";
      break;
    }
    return a;
  }
  if (node.k === "Subscript") {
    let left = ownEnd(node.e);
    let right = ownEnd(node.idx);
    if (left === null || right === null) return null;
    right++;
    while (left < seg.length && seg[left] !== "[") left++;
    while (right < seg.length && seg[right] !== "]") right++;
    if (right < seg.length) right++;
    return { left, right, primary: "~", secondary: "^" };
  }
  return null;
}

/** the caret line (with its newline) under `src`, a frame's source line, or "" when CPython prints none */
export function caretLine(src: string, loc: { sp: Span; node: Expr }): string {
  const [line, start, endLine, endCol] = loc.sp;
  let end = endCol;
  let a: Anchors | null = null;
  if (line === endLine) {
    const seg = src.slice(start, end);
    a = anchors(loc.node, seg, start, line);
    if (a !== null) {
      a.left = Math.min(a.left, seg.length);
      a.right = Math.min(Math.max(a.right, a.left), seg.length);
    }
  } else end = src.replace(/[ \t\f\r\n]+$/, "").length;
  const stripped = src.trim();
  if (a === null && end - start >= stripped.length) return "";
  const indent = src.length - src.trimStart().length;
  const dStart = width(src, start);
  const dEnd = width(src, end);
  let s = "    " + " ".repeat(Math.max(0, dStart - indent));
  if (a !== null) {
    const seg = src.slice(start, end);
    const l = width(seg, a.left),
      r = width(seg, a.right);
    s += a.primary.repeat(l) + a.secondary.repeat(r - l) + a.primary.repeat(Math.max(0, dEnd - dStart - r));
  } else s += "^".repeat(Math.max(0, dEnd - dStart));
  return s + "\n";
}

/**
 * adds the traceback entry of a frame the exception is leaving: its line is the raising expression's (a
 * multi-line statement shows the line that failed, as CPython does); a NameError keeps the names its frame saw
 */
export function addFrameEntry(e: PyExcObj, file: string, line: number, name: string, scope?: () => PyExcObj["nameScope"]): void {
  const loc = takeLocation(e);
  if (scope !== undefined && e.tb.length === 0 && e.nameScope === undefined && e.dict.has("name") && e.attrObj === undefined)
    e.nameScope = scope();
  e.tb.push({ file, line: loc ? loc.sp[0] : line, name, loc });
}
