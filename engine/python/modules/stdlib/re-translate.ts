// Translates a Python regular expression into an equivalent JavaScript RegExp source (flag "u"), or raises re.error.
// Where the two engines differ, the Python meaning is spelled out: \w \d \s \b with Unicode classes as Python's str
// patterns use them, `.` excluding only "\n", `$` also matching before a final "\n", \A \Z, (?P<name>) and (?P=name),
// {,n}, literal braces, escaped punctuation, verbose mode. Constructs JavaScript cannot honour exactly (scoped inline
// flags, atomic groups, possessive quantifiers, conditionals, variable-width look-behind) raise an error rather than
// match differently.

import type { Backtracking } from "./re-exec";

export const FLAGS = { A: 256, I: 2, L: 4, M: 8, S: 16, U: 32, X: 64 } as const;

export class ReError extends Error {
  constructor(
    public msg: string,
    public pos: number | null,
  ) {
    super(msg);
  }
}
const err = (msg: string, pos: number | null = null): never => {
  throw new ReError(msg, pos);
};

export interface Translated {
  source: string;
  jsFlags: string;
  groups: number;
  names: Map<string, number>;
  flags: number;
  backtracking: Backtracking;
}

const UNI = {
  w: "\\p{L}\\p{N}_",
  d: "\\p{Nd}",
  s: "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000",
};
const ASC = { w: "A-Za-z0-9_", d: "0-9", s: "\\t-\\r " };
const SYNTAX = new Set("^$\\.*+?()[]{}|/".split(""));

/** strips verbose-mode whitespace and comments outside classes (escaped characters are kept) */
function unverbose(p: string): string {
  let out = "",
    inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") {
      out += c + (p[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      out += c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      if (p[i + 1] === "^") {
        out += "^";
        i++;
      }
      if (p[i + 1] === "]") {
        out += "]";
        i++;
      }
      continue;
    }
    if (/\s/.test(c)) continue;
    if (c === "#") {
      while (i < p.length && p[i] !== "\n") i++;
      continue;
    }
    out += c;
  }
  return out;
}

export function translate(pattern: string, flags: number): Translated {
  // leading global inline flags (?aiLmsux)
  const lead = /^\(\?([aiLmsux]+)\)/.exec(pattern);
  if (lead) {
    for (const ch of lead[1]) flags |= { a: FLAGS.A, i: FLAGS.I, L: FLAGS.L, m: FLAGS.M, s: FLAGS.S, u: FLAGS.U, x: FLAGS.X }[ch as "a"]!;
    pattern = pattern.slice(lead[0].length);
  }
  if (flags & FLAGS.L) err("cannot use LOCALE flag with a str pattern");
  const offset = lead ? lead[0].length : 0;
  const p = flags & FLAGS.X ? unverbose(pattern) : pattern;
  const C = flags & FLAGS.A ? ASC : UNI;
  const W = `[${C.w}]`;
  const multiline = (flags & FLAGS.M) !== 0,
    dotall = (flags & FLAGS.S) !== 0;
  let out = "";
  let groups = 0;
  const names = new Map<string, number>();
  const open: { pos: number; lookbehind: boolean; start: number; branches: boolean }[] = [];
  let i = 0;
  const backtracking: Backtracking = { nested: false, choices: 0 };
  /** the group just closed repeats or alternates inside: repeating it again is exponential */
  let lastGroupBranches = false;
  const choicePoint = () => {
    backtracking.choices++;
    for (const g of open) g.branches = true;
  };
  /** the previous item can take a quantifier */
  let quantifiable = false;
  const pos = () => i + offset;

  const classEscape = (c: string, at: number): string => {
    switch (c) {
      case "w":
        return C.w;
      case "d":
        return C.d;
      case "s":
        return C.s;
      case "W":
      case "D":
      case "S":
        return err(`\\${c} inside a character class is not supported by this engine`, at);
    }
    return commonEscape(c, at, true);
  };
  const commonEscape = (c: string, at: number, inClass: boolean): string => {
    if ("nrtfv".includes(c)) return "\\" + c;
    if (c === "a") return "\\x07";
    if (c === "b" && inClass) return "\\x08";
    if (c === "x") {
      const h = /^[0-9a-fA-F]{2}/.exec(p.slice(i + 1));
      if (!h) err(`incomplete escape \\x${p.slice(i + 1, i + 3)}`, at);
      i += 2;
      return "\\x" + h![0];
    }
    if (c === "u") {
      const h = /^[0-9a-fA-F]{4}/.exec(p.slice(i + 1));
      if (!h) err(`incomplete escape \\u${p.slice(i + 1, i + 5)}`, at);
      i += 4;
      return "\\u" + h![0];
    }
    if (c === "U") {
      const h = /^[0-9a-fA-F]{8}/.exec(p.slice(i + 1));
      if (!h) err(`incomplete escape \\U${p.slice(i + 1, i + 9)}`, at);
      i += 8;
      return `\\u{${parseInt(h![0], 16).toString(16)}}`;
    }
    if (c === "0" || (inClass && /[0-7]/.test(c))) {
      const o = /^[0-7]{1,3}/.exec(p.slice(i))![0];
      i += o.length - 1;
      return `\\u{${parseInt(o, 8).toString(16)}}`;
    }
    if (/[A-Za-z0-9]/.test(c)) err(`bad escape \\${c}`, at);
    if (c === undefined) err("bad escape (end of pattern)", at);
    return SYNTAX.has(c) || (inClass && c === "-") ? "\\" + c : c === "\n" ? "\\n" : c;
  };

  while (i < p.length) {
    const c = p[i];
    const at = pos();
    const afterBranchingGroup = lastGroupBranches;
    lastGroupBranches = false;
    if (c === "\\") {
      const e = p[i + 1];
      i++;
      let piece: string;
      if (e === "A") piece = "(?<![\\s\\S])";
      else if (e === "Z") piece = "(?![\\s\\S])";
      else if (e === "b") piece = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
      else if (e === "B") piece = `(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`;
      else if (e === "w") piece = `[${C.w}]`;
      else if (e === "W") piece = `[^${C.w}]`;
      else if (e === "d") piece = `[${C.d}]`;
      else if (e === "D") piece = `[^${C.d}]`;
      else if (e === "s") piece = `[${C.s}]`;
      else if (e === "S") piece = `[^${C.s}]`;
      else if (e !== undefined && /[1-9]/.test(e)) {
        const num = /^[1-9][0-9]?/.exec(p.slice(i))![0];
        const n = Number(num);
        if (n > groups) err(`invalid group reference ${n}`, at + 1);
        if (open.some((g) => g.start === n)) err("cannot refer to an open group", at);
        i += num.length - 1;
        piece = `(?:\\${n})`;
        backtracking.nested = true;
      } else piece = commonEscape(e, at, false);
      out += piece;
      i++;
      quantifiable = !["A", "Z", "b", "B"].includes(e);
      continue;
    }
    if (c === "[") {
      let j = i + 1,
        body = "";
      if (p[j] === "^") {
        body += "^";
        j++;
      }
      if (p[j] === "]") {
        body += "\\]";
        j++;
      }
      let closed = false;
      while (j < p.length) {
        const d = p[j];
        if (d === "]") {
          closed = true;
          break;
        }
        if (d === "\\") {
          i = j + 1;
          body += classEscape(p[j + 1], j + offset);
          j = i + 1;
          continue;
        }
        if (d === "[" && /^\[[:=.]/.test(p.slice(j))) err("POSIX character classes are not supported", j + offset);
        body += d === "[" || d === "/" ? "\\" + d : d === "-" && (p[j + 1] === "]" || body === "" || body === "^") ? "\\-" : d;
        j++;
      }
      if (!closed) err("unterminated character set", at);
      out += `[${body}]`;
      i = j + 1;
      quantifiable = true;
      continue;
    }
    if (c === "(") {
      if (p[i + 1] === "?") {
        const rest = p.slice(i + 2);
        let head: string;
        let lookbehind = false,
          capture = false;
        if (rest.startsWith("P<")) {
          const end = rest.indexOf(">");
          if (end < 0) err("missing >, unterminated name", at + 4);
          const name = rest.slice(2, end);
          // a literal here rather than one made at load: its Unicode property classes take ~0.2 ms to build
          if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) err(`bad character in group name '${name}'`, at + 4);
          if (names.has(name)) err(`redefinition of group name '${name}' as group ${groups + 1}; was group ${names.get(name)}`, at + 4);
          names.set(name, groups + 1);
          head = `(?<${name}>`;
          capture = true;
          i += 2 + end + 1;
        } else if (rest.startsWith("P=")) {
          const end = rest.indexOf(")");
          const name = rest.slice(2, end);
          if (!names.has(name)) err(`unknown group name '${name}'`, at + 4);
          out += `\\k<${name}>`;
          backtracking.nested = true; // matching with back-references has no polynomial bound
          i += 2 + end + 1;
          quantifiable = true;
          continue;
        } else if (rest.startsWith(":")) {
          head = "(?:";
          i += 3;
        } else if (rest.startsWith("=") || rest.startsWith("!")) {
          head = "(?" + rest[0];
          i += 3;
        } else if (rest.startsWith("<=") || rest.startsWith("<!")) {
          head = "(?" + rest.slice(0, 2);
          i += 4;
          lookbehind = true;
        } else if (rest.startsWith("#")) {
          const end = p.indexOf(")", i);
          if (end < 0) err("missing ), unterminated comment", at);
          i = end + 1;
          continue;
        } else if (rest.startsWith(">")) return err("atomic groups (?>...) are not supported by this engine", at);
        else if (rest.startsWith("(")) return err("conditional groups (?(id)yes|no) are not supported by this engine", at);
        else if (/^[aiLmsux-]/.test(rest))
          return err("inline flags must be at the start of the pattern in this engine (scoped flags (?i:...) are not supported)", at);
        else return err(`unknown extension ?${rest[0] ?? ""}`, at + 1);
        if (capture) groups++;
        open.push({ pos: at, lookbehind, start: capture ? groups : -1, branches: false });
        out += head;
        quantifiable = false;
        continue;
      }
      groups++;
      open.push({ pos: at, lookbehind: false, start: groups, branches: false });
      out += "(";
      i++;
      quantifiable = false;
      continue;
    }
    if (c === ")") {
      const g = open.pop();
      if (!g) err("unbalanced parenthesis", at);
      if (g!.lookbehind) {
        const body = out.slice(out.lastIndexOf("(?<"));
        if (
          /[*+?]|\{\d*,\d*\}|\|/.test(
            body
              .replace(/\\./g, "")
              .replace(/\(\?<[=!]/, "")
              .replace(/\(\?:/g, "(")
              .replace(/\[[^\]]*\]/g, "x"),
          )
        )
          err("look-behind requires fixed-width pattern");
      }
      out += ")";
      i++;
      quantifiable = true;
      lastGroupBranches = g!.branches;
      continue;
    }
    if (
      c === "*" ||
      c === "+" ||
      c === "?" ||
      (c === "{" && /^\{\d*,?\d*\}/.test(p.slice(i)) && p.slice(i, i + 3) !== "{,}" && p.slice(i) !== "{}")
    ) {
      let q: string;
      if (c === "{") {
        const m = /^\{(\d*)(,?)(\d*)\}/.exec(p.slice(i))!;
        if (m[1] === "" && m[2] === "") {
          out += "\\{\\}";
          i += 2;
          quantifiable = true;
          continue;
        }
        if (m[1] !== "" && m[3] !== "" && Number(m[3]) < Number(m[1])) err("min repeat greater than max repeat", at + 1);
        q = `{${m[1] || "0"}${m[2]}${m[3]}}`;
        i += m[0].length;
      } else {
        q = c;
        i++;
      }
      if (!quantifiable) err(out === "" || /[(|]$/.test(out) ? "nothing to repeat" : "multiple repeat", at);
      if (p[i] === "?") {
        q += "?";
        i++;
      } else if (p[i] === "+") err("possessive quantifiers are not supported by this engine", pos());
      out += q;
      if (afterBranchingGroup) backtracking.nested = true;
      choicePoint();
      quantifiable = false;
      continue;
    }
    if (c === "{" || c === "}") {
      out += "\\" + c;
      i++;
      quantifiable = true;
      continue;
    }
    if (c === ".") {
      out += dotall ? "[\\s\\S]" : "[^\\n]";
      i++;
      quantifiable = true;
      continue;
    }
    if (c === "^") {
      out += multiline ? "(?:(?<![\\s\\S])|(?<=\\n))" : "(?<![\\s\\S])";
      i++;
      quantifiable = false;
      continue;
    }
    if (c === "$") {
      out += multiline ? "(?=\\n|(?![\\s\\S]))" : "(?=\\n?(?![\\s\\S]))";
      i++;
      quantifiable = false;
      continue;
    }
    if (c === "|") {
      out += "|";
      choicePoint();
      i++;
      quantifiable = false;
      continue;
    }
    out += c === "/" ? "\\/" : c;
    i++;
    quantifiable = true;
  }
  if (open.length) err("missing ), unterminated subpattern", open[open.length - 1].pos);
  return { source: out, jsFlags: "u" + (flags & FLAGS.I ? "i" : ""), groups, names, flags, backtracking };
}
