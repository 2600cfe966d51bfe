// Where in a frame's source an exception was raised, and the caret line CPython 3.11 prints under it (PEP 657).
// The compiler wraps the expressions that can raise; the innermost one notes its span on the exception once, and
// the frame's traceback entry takes it (compiler/calls.ts, interpreter.ts).
import type { Expr, Located, Span } from "./ast";
import { PyExcObj, type PyIterator } from "./objects/core";
import { getIter } from "./objects/ops";
import type { E, Frame } from "./frame";
import { toPyExc } from "./compiler/exceptions";

/** notes on `x` (when it is a Python exception not yet placed in this frame) that `node` raised it */
export function raisedAt(x: unknown, node: Located): unknown {
  // NumPy's errors are thrown as plain {pyType, message} objects: they become the Python exception here
  if (x !== null && typeof x === "object" && !(x instanceof PyExcObj) && typeof (x as { pyType?: unknown }).pyType === "string")
    x = toPyExc(x);
  if (x instanceof PyExcObj && x.loc === undefined) x.loc = node.sp ? { sp: node.sp, node: node as Expr } : null;
  return x;
}

/**
 * notes on `x` that a statement's own step raised it in frame `f` (a for loop's iter() and next()): CPython 3.11
 * places those at the whole statement, so the traceback shows the statement's first line and no caret line
 */
export function raisedByStatement(x: unknown, f: Frame, line: number): unknown {
  const unplaced = !(x instanceof PyExcObj) || x.loc === undefined;
  const y = raisedAt(x, {});
  if (unplaced && y instanceof PyExcObj) f.line = line;
  return y;
}

/** A for statement's iter(o): an error it raises is placed at the for line */
export function forIter(o: unknown, f: Frame, line: number): PyIterator {
  try {
    return getIter(o);
  } catch (err) {
    throw raisedByStatement(err, f, line);
  }
}

/** A for statement's next(g): undefined when exhausted; an error it raises is placed at the for line */
export function forNext(g: PyIterator, f: Frame, line: number): unknown {
  try {
    return g.next();
  } catch (err) {
    throw raisedByStatement(err, f, line);
  }
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

// East Asian Wide and Fullwidth characters (Unicode 14, CPython 3.11's unicodedata, exact for assigned code points):
// terminals draw them two columns wide and CPython's caret lines count them so. Hex ranges "lo-hi" or single points.
const WIDE: [number, number][] = (
  "1100-115f 231a-231b 2329-232a 23e9-23ec 23f0 23f3 25fd-25fe 2614-2615 2648-2653 267f 2693 26a1 " +
  "26aa-26ab 26bd-26be 26c4-26c5 26ce 26d4 26ea 26f2-26f3 26f5 26fa 26fd 2705 270a-270b 2728 274c 274e " +
  "2753-2755 2757 2795-2797 27b0 27bf 2b1b-2b1c 2b50 2b55 2e80-303e 3041-3247 3250-4dbf 4e00-a4c6 " +
  "a960-a97c ac00-d7a3 f900-fad9 fe10-fe19 fe30-fe6b ff01-ff60 ffe0-ffe6 16fe0-1b2fb 1f004 1f0cf 1f18e " +
  "1f191-1f19a 1f200-1f320 1f32d-1f335 1f337-1f37c 1f37e-1f393 1f3a0-1f3ca 1f3cf-1f3d3 1f3e0-1f3f0 " +
  "1f3f4 1f3f8-1f43e 1f440 1f442-1f4fc 1f4ff-1f53d 1f54b-1f54e 1f550-1f567 1f57a 1f595-1f596 1f5a4 " +
  "1f5fb-1f64f 1f680-1f6c5 1f6cc 1f6d0-1f6d2 1f6d5-1f6df 1f6eb-1f6ec 1f6f4-1f6fc 1f7e0-1f7f0 " +
  "1f90c-1f93a 1f93c-1f945 1f947-1f9ff 1fa70-1faf6 20000-3134a"
)
  .split(" ")
  .map((r) => {
    const [lo, hi] = r.split("-");
    return [Number.parseInt(lo, 16), Number.parseInt(hi ?? lo, 16)];
  });
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
 * adds the traceback entry of a frame the exception is leaving, or that an except or finally clause is handling it
 * in: its line is the raising expression's (a multi-line statement shows the line that failed, as CPython does).
 * A frame gets one entry per raise: leaving after its handler saw it (no clause matched, a bare `raise`) adds none,
 * `raise e` adds another. A NameError keeps the names its frame saw.
 */
export function addFrameEntry(e: PyExcObj, frame: Frame, file: string, name: string, scope?: () => PyExcObj["nameScope"]): void {
  const loc = takeLocation(e);
  const innermost = e.tb.length === 0 || (e.tb.length === 1 && e.tbFrame === frame);
  if (scope !== undefined && innermost && e.nameScope === undefined && e.dict.has("name") && e.attrObj === undefined) e.nameScope = scope();
  if (loc === undefined && e.tbFrame === frame) return;
  e.tb.push({ file, line: loc ? loc.sp[0] : frame.line, name, loc });
  e.tbFrame = frame;
}
