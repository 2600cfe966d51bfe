// The textwrap module as a port of CPython's textwrap.py: wrap, fill, shorten, dedent, indent and TextWrapper's
// options (width, initial/subsequent_indent, expand_tabs, tabsize, replace_whitespace, drop_whitespace,
// break_long_words, break_on_hyphens, max_lines, placeholder). \w and \d follow Python's Unicode meaning.
import { PyModule, PyList, PyProperty, KW } from "../../objects/core";
import { objectType } from "../../objects/types";
import { def } from "../../objects/methods";
import { truthy, call, toIndex, str } from "../../objects/ops";
import { chargeString, chargeNative, chargeContainer, chargedMatches, BYTES } from "../../charge";
import { valueError, typeError } from "../../errors";
import { expandTabs } from "../../objects/expand-tabs";
import { fnOf, onlyKw, nativeType } from "./util";

const WS = "\\t\\n\\x0b\\x0c\\r ";
const W = "[\\p{L}\\p{N}_]",
  WP = "[\\p{L}\\p{N}_!\"'&.,?]",
  LT = "[\\p{L}\\p{Nl}\\p{No}_]";
// Made on first use: the Unicode classes make this pattern cost milliseconds to build, at every engine start otherwise.
let wordsep: RegExp | undefined;
const wordSeparator = (): RegExp =>
  (wordsep ??= new RegExp(
    `([${WS}]+|(?<=${WP})-{2,}(?=${W})|[^${WS}]+?(?:-(?:(?<=${LT}{2}-)|(?<=${LT}-${LT}-))(?=${LT}-?${LT})|(?=[${WS}]|$)|(?<=${WP})(?=-{2,}${W})))`,
    "gu",
  ));
const WORDSEP_SIMPLE = new RegExp(`([${WS}]+)`, "u");

interface Opts {
  width: number;
  initialIndent: string;
  subsequentIndent: string;
  expandTabs: boolean;
  replaceWhitespace: boolean;
  fixSentenceEndings: boolean;
  breakLongWords: boolean;
  dropWhitespace: boolean;
  breakOnHyphens: boolean;
  tabsize: number;
  maxLines: number | null;
  placeholder: string;
}
const NAMES: Record<string, keyof Opts> = {
  width: "width",
  initial_indent: "initialIndent",
  subsequent_indent: "subsequentIndent",
  expand_tabs: "expandTabs",
  replace_whitespace: "replaceWhitespace",
  fix_sentence_endings: "fixSentenceEndings",
  break_long_words: "breakLongWords",
  drop_whitespace: "dropWhitespace",
  break_on_hyphens: "breakOnHyphens",
  tabsize: "tabsize",
  max_lines: "maxLines",
  placeholder: "placeholder",
};
function opts(fname: string, kw: KW, width: any): Opts {
  onlyKw(fname, kw, Object.keys(NAMES));
  const o: Opts = {
    width: 70,
    initialIndent: "",
    subsequentIndent: "",
    expandTabs: true,
    replaceWhitespace: true,
    fixSentenceEndings: false,
    breakLongWords: true,
    dropWhitespace: true,
    breakOnHyphens: true,
    tabsize: 8,
    maxLines: null,
    placeholder: " [...]",
  };
  if (kw)
    for (const [k, v] of kw) {
      const key = NAMES[k];
      const cur = o[key];
      (o as any)[key] = typeof cur === "boolean" ? truthy(v) : typeof cur === "string" ? str(v) : v === null ? null : toIndex(v);
    }
  if (width !== undefined) o.width = toIndex(width);
  return o;
}

function split(text: string, o: Opts): string[] {
  if (o.expandTabs) text = expandTabs(text, o.tabsize);
  if (o.replaceWhitespace) text = text.replace(/[\t\n\x0b\x0c\r]/g, " ");
  chargeContainer(chunkBound(text), BYTES.item + BYTES.slot);
  const chunks = o.breakOnHyphens ? [...text.matchAll(wordSeparator())].map((m) => m[0]) : text.split(WORDSEP_SIMPLE);
  const out = chunks.filter((c) => c.length > 0);
  if (o.fixSentenceEndings) {
    for (let i = 0; i < out.length - 1; i++) if (out[i + 1] === " " && /[a-z][.!?]["']?$/.test(out[i])) out[i + 1] = "  ";
  }
  return out;
}
const isBlank = (s: string) => s.trim() === "";
/** At most how many chunks split() makes of text: one per run of spaces or of other characters, more at hyphens. */
function chunkBound(text: string): number {
  let n = 1;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c <= 32 !== text.charCodeAt(i - 1) <= 32) n++;
  }
  return n;
}

function wrapChunks(chunks: string[], o: Opts): string[] {
  const lines: string[] = [];
  if (o.width <= 0) throw valueError(`invalid width ${o.width} (must be > 0)`);
  if (o.maxLines !== null) {
    const indent = o.maxLines > 1 ? o.subsequentIndent : o.initialIndent;
    if (indent.length + o.placeholder.trimStart().length > o.width) throw valueError("placeholder too large for max width");
  }
  chunks = chunks.slice().reverse();
  while (chunks.length) {
    let cur: string[] = [];
    let curLen = 0;
    const indent = lines.length ? o.subsequentIndent : o.initialIndent;
    const width = o.width - indent.length;
    if (o.dropWhitespace && isBlank(chunks[chunks.length - 1]) && lines.length) chunks.pop();
    while (chunks.length) {
      const l = chunks[chunks.length - 1].length;
      if (curLen + l <= width) {
        cur.push(chunks.pop()!);
        curLen += l;
      } else break;
    }
    if (chunks.length && chunks[chunks.length - 1].length > width) {
      // _handle_long_word
      const spaceLeft = width < 1 ? 1 : width - curLen;
      if (o.breakLongWords) {
        const chunk = chunks[chunks.length - 1];
        let end = spaceLeft;
        if (o.breakOnHyphens && chunk.length > spaceLeft) {
          const hyphen = chunk.lastIndexOf("-", spaceLeft - 1);
          if (hyphen > 0 && /[^-]/.test(chunk.slice(0, hyphen))) end = hyphen + 1;
        }
        cur.push(chunk.slice(0, end));
        chunks[chunks.length - 1] = chunk.slice(end);
      } else if (!cur.length) cur.push(chunks.pop()!);
      curLen = cur.reduce((s, c) => s + c.length, 0);
    }
    if (o.dropWhitespace && cur.length && isBlank(cur[cur.length - 1])) {
      curLen -= cur[cur.length - 1].length;
      cur.pop();
    }
    if (cur.length) {
      if (
        o.maxLines === null ||
        lines.length + 1 < o.maxLines ||
        ((!chunks.length || (o.dropWhitespace && chunks.length === 1 && isBlank(chunks[0]))) && curLen <= width)
      ) {
        lines.push(indent + cur.join(""));
      } else {
        let placed = false;
        while (cur.length) {
          if (!isBlank(cur[cur.length - 1]) && curLen + o.placeholder.length <= width) {
            cur.push(o.placeholder);
            lines.push(indent + cur.join(""));
            placed = true;
            break;
          }
          curLen -= cur[cur.length - 1].length;
          cur.pop();
        }
        if (!placed) {
          if (lines.length) {
            const prev = lines[lines.length - 1].trimEnd();
            if (prev.length + o.placeholder.length <= o.width) {
              lines[lines.length - 1] = prev + o.placeholder;
              break;
            }
          }
          lines.push(indent + o.placeholder.trimStart());
        }
        break;
      }
    }
  }
  return lines;
}
const wrap = (text: string, o: Opts) => {
  chargeString(text.length);
  chargeNative(text.length * 200);
  return wrapChunks(split(text, o), o);
};
const strArg = (v: any, fname: string) => {
  if (typeof v !== "string") throw typeError(`${fname}() argument must be str`);
  return v;
};

/** CPython's dedent: remove the longest common leading whitespace of the non-blank lines; blank lines become "" */
function dedent(text: string): string {
  text = text.replace(/^[ \t]+$/gm, "");
  let margin: string | null = null;
  for (const m of text.matchAll(/^([ \t]*)[^ \t\n]/gm)) {
    const indent = m[1];
    if (margin === null) margin = indent;
    else if (indent.startsWith(margin)) {
      /* keep */
    } else if (margin.startsWith(indent)) margin = indent;
    else {
      let i = 0;
      while (i < margin.length && i < indent.length && margin[i] === indent[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  if (margin) {
    const m = margin;
    text = text
      .split("\n")
      .map((l) => (l.startsWith(m) ? l.slice(m.length) : l))
      .join("\n");
  }
  return text;
}

// TextWrapper(**options): the options kept, wrap and fill as methods
const wrapperType = nativeType("TextWrapper", [objectType], "textwrap");
class Wrapper {
  constructor(public o: Opts) {}
}
(Wrapper.prototype as any).pyType = wrapperType;
wrapperType.ctor = (_c, a, kw) => {
  if (a.length > 1) throw typeError(`TextWrapper() takes at most 1 positional argument (${a.length} given)`);
  return new Wrapper(opts("TextWrapper", kw, a.length ? a[0] : undefined));
};
def(wrapperType, "wrap", (w: Wrapper, a) => new PyList(wrap(strArg(a[0], "wrap"), w.o)));
def(wrapperType, "fill", (w: Wrapper, a) => wrap(strArg(a[0], "fill"), w.o).join("\n"));
for (const [py, key] of Object.entries(NAMES))
  wrapperType.dict.set(
    py,
    new PyProperty(
      (w: Wrapper) => w.o[key],
      (w: Wrapper, v: any) => {
        const cur = w.o[key];
        (w.o as any)[key] = typeof cur === "boolean" ? truthy(v) : typeof cur === "string" ? str(v) : v === null ? null : toIndex(v);
      },
      true,
    ),
  );

export function makeTextwrap(): PyModule {
  const m = new PyModule("textwrap");
  const fn = fnOf(m);
  const widthOf = (a: any[]) => (a.length > 1 ? a[1] : undefined);
  fn("wrap", (a, kw) => new PyList(wrap(strArg(a[0], "wrap"), opts("wrap", kw, widthOf(a)))));
  fn("fill", (a, kw) => wrap(strArg(a[0], "fill"), opts("fill", kw, widthOf(a))).join("\n"));
  fn("shorten", (a, kw) => {
    const o = opts("shorten", kw, widthOf(a));
    o.maxLines = 1;
    return wrap(strArg(a[0], "shorten").trim().split(/\s+/).join(" "), o).join("\n");
  });
  m.dict.set("TextWrapper", wrapperType);
  fn("dedent", (a) => dedent(strArg(a[0], "dedent")));
  fn("indent", (a, kw) => {
    const text = strArg(a[0], "indent"),
      prefix = String(a[1]);
    const pred = a.length > 2 ? a[2] : (kw?.get("predicate") ?? null);
    const lines = chargedMatches(text, /[^\n]*\n|[^\n]+$/g);
    return lines.map((l) => ((pred === null ? l.trim() !== "" : truthy(call(pred, [l], null))) ? prefix + l : l)).join("");
  });
  return m;
}
