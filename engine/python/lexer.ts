// Python tokenizer with INDENT/DEDENT generation.
import { Token, OPERATORS } from "./tokens";
import { PySyntaxError } from "./errors-syntax";

const isIdStart = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_" || (c > "\x7f" && /[\p{L}\p{Nl}]/u.test(c));
const isIdChar = (c: string) =>
  (c >= "a" && c <= "z") ||
  (c >= "A" && c <= "Z") ||
  c === "_" ||
  (c >= "0" && c <= "9") ||
  (c > "\x7f" && /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u.test(c));
const isDigit = (c: string) => c >= "0" && c <= "9";

/** CPython's default sys.get_int_max_str_digits(): longer decimal int literals are a SyntaxError. */
const MAX_INT_LITERAL_DIGITS = 4300;

/** Where the run of characters that can belong to a number literal starting at i ends (the regex picks the token). */
function numberRunEnd(src: string, i: number): number {
  let j = i;
  while (j < src.length && (/[0-9a-zA-Z_.]/.test(src[j]) || ((src[j] === "+" || src[j] === "-") && /[eE]/.test(src[j - 1])))) j++;
  return j;
}

export function decodeEscapes(s: string, raw: boolean, line: number, col: number): string {
  if (raw || s.indexOf("\\") < 0) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\") {
      out += c;
      continue;
    }
    const n = s[++i];
    switch (n) {
      case "\n":
        break;
      case "\\":
        out += "\\";
        break;
      case "'":
        out += "'";
        break;
      case '"':
        out += '"';
        break;
      case "n":
        out += "\n";
        break;
      case "t":
        out += "\t";
        break;
      case "r":
        out += "\r";
        break;
      case "a":
        out += "\x07";
        break;
      case "b":
        out += "\b";
        break;
      case "f":
        out += "\f";
        break;
      case "v":
        out += "\v";
        break;
      case "x":
      case "u":
      case "U": {
        const len = n === "x" ? 2 : n === "u" ? 4 : 8;
        const hex = s.substr(i + 1, len);
        if (hex.length < len || !/^[0-9a-fA-F]+$/.test(hex))
          throw new PySyntaxError(`(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\${n}XX escape`, line, col);
        out += String.fromCodePoint(parseInt(hex, 16));
        i += len;
        break;
      }
      case "N": {
        const end = s.indexOf("}", i);
        out += "?";
        i = end < 0 ? s.length : end;
        break;
      }
      default:
        if (n >= "0" && n <= "7") {
          let j = i,
            v = "";
          while (j < s.length && j < i + 3 && s[j] >= "0" && s[j] <= "7") v += s[j++];
          out += String.fromCharCode(parseInt(v, 8));
          i = j - 1;
        } else {
          out += "\\" + (n ?? "");
        }
    }
  }
  return out;
}

export function tokenize(src: string): Token[] {
  const toks: Token[] = [];
  const indents: number[] = [0];
  const altIndents: number[] = [0];
  let i = 0,
    line = 1,
    lineStart = 0;
  let depth = 0; // bracket depth
  const brackets: { ch: string; line: number; col: number }[] = [];
  let atLineStart = true;
  const n = src.length;
  // ec: the token's end column on its last line (source text after the token starts there)
  const push = (kind: Token["kind"], value: string, l: number, c: number, extra?: Partial<Token>, ec = c) => {
    const t: Token = { kind, value, line: l, col: c, ec };
    if (extra) Object.assign(t, extra);
    toks.push(t);
  };
  while (i < n || atLineStart) {
    if (atLineStart) {
      atLineStart = false;
      // measure indentation
      let col = 0,
        alt = 0,
        j = i;
      while (j < n) {
        const c = src[j];
        if (c === " ") {
          col++;
          alt++;
        } else if (c === "\t") {
          col = (Math.floor(col / 8) + 1) * 8;
          alt++;
        } else if (c === "\f") col = 0;
        else break;
        j++;
      }
      // blank or comment line?
      if (j >= n) {
        i = j;
        break;
      }
      const c = src[j];
      if (c === "\n" || c === "#" || c === "\r" || (c === "\\" && src[j + 1] === "\n" && false)) {
        // skip to end of line
        while (j < n && src[j] !== "\n") j++;
        if (j < n) {
          j++;
          line++;
          lineStart = j;
          atLineStart = true;
        }
        i = j;
        continue;
      }
      i = j;
      const cur = indents[indents.length - 1];
      const tabErr = () => new PySyntaxError("inconsistent use of tabs and spaces in indentation", line, col, "TabError" as any);
      if (col === cur && alt !== altIndents[altIndents.length - 1]) throw tabErr();
      if (col > cur) {
        if (alt <= altIndents[altIndents.length - 1]) throw tabErr();
        altIndents.push(alt);
        if (toks.length === 0 || toks[toks.length - 1].kind !== "NEWLINE")
          throw new PySyntaxError("unexpected indent", line, col, "IndentationError");
        indents.push(col);
        push("INDENT", "", line, 0);
      } else if (col < cur) {
        while (col < indents[indents.length - 1]) {
          indents.pop();
          altIndents.pop();
          push("DEDENT", "", line, col);
        }
        if (col !== indents[indents.length - 1])
          throw new PySyntaxError("unindent does not match any outer indentation level", line, col, "IndentationError");
        if (alt !== altIndents[altIndents.length - 1]) throw tabErr();
      }
    }
    if (i >= n) break;
    const c = src[i];
    const col = i - lineStart;
    if (c === " " || c === "\t" || c === "\f" || c === "\r") {
      i++;
      continue;
    }
    if (c === "#") {
      while (i < n && src[i] !== "\n") i++;
      continue;
    }
    if (c === "\\") {
      let j = i + 1;
      if (src[j] === "\r") j++;
      if (src[j] === "\n") {
        i = j + 1;
        line++;
        lineStart = i;
        continue;
      }
      throw new PySyntaxError("unexpected character after line continuation character", line, col);
    }
    if (c === "\n") {
      i++;
      if (depth === 0) {
        push("NEWLINE", "", line, col);
        atLineStart = true;
      }
      line++;
      lineStart = i;
      continue;
    }
    // strings (with prefixes)
    if (c === '"' || c === "'" || (isIdStart(c) && /^[rRbBfFuU]{1,2}['"]/.test(src.substr(i, 3)))) {
      let j = i,
        prefix = "";
      while (src[j] !== '"' && src[j] !== "'") prefix += src[j++].toLowerCase();
      if (/^(r|b|f|u|rb|br|fr|rf)?$/.test(prefix)) {
        const q = src[j];
        const triple = src.substr(j, 3) === q + q + q;
        const startLine = line;
        let k = triple ? j + 3 : j + 1;
        let body = "";
        const raw = prefix.includes("r");
        for (;;) {
          if (k >= n) {
            if (triple) throw new PySyntaxError(`unterminated triple-quoted string literal (detected at line ${line})`, startLine, col);
            throw new PySyntaxError(`unterminated string literal (detected at line ${line})`, line, col);
          }
          const d = src[k];
          if (d === "\\") {
            if (src[k + 1] === "\n") {
              line++;
              lineStart = k + 2;
            }
            body += d + (src[k + 1] ?? "");
            k += 2;
            continue;
          }
          if (d === "\n") {
            if (!triple) throw new PySyntaxError(`unterminated string literal (detected at line ${line})`, line, col);
            line++;
            lineStart = k + 1;
          }
          if (d === q) {
            if (!triple) {
              k++;
              break;
            }
            if (src.substr(k, 3) === q + q + q) {
              k += 3;
              break;
            }
          }
          body += d;
          k++;
        }
        body = body.replace(/\r\n/g, "\n");
        const isF = prefix.includes("f");
        const value = isF ? body : decodeEscapes(body, raw, startLine, col);
        push(
          "STRING",
          value,
          startLine,
          col,
          {
            fstring: isF,
            ...(isF ? { bodyCol: (triple ? j + 3 : j + 1) - lineStart } : {}),
            bytes: prefix.includes("b"),
            endLine: line,
            ...(isF && raw ? { num: 1 } : {}),
          },
          k - lineStart,
        );
        i = k;
        continue;
      }
    }
    if (isIdStart(c)) {
      let j = i + 1;
      while (j < n && isIdChar(src[j])) j++;
      push("NAME", src.slice(i, j), line, col, undefined, col + j - i);
      i = j;
      continue;
    }
    if (isDigit(c) || (c === "." && isDigit(src[i + 1] ?? ""))) {
      const m =
        /^(0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*)?\.?(?:\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?)[jJ]?/.exec(
          src.slice(i, numberRunEnd(src, i)),
        )!;
      let text = m[0];
      if (text.endsWith(".") && false) text = text;
      const clean = text.replace(/_/g, "");
      if (/[jJ]$/.test(clean)) throw new PySyntaxError("complex numbers are not supported", line, col);
      let num: number | bigint,
        isFloat = false;
      if (/^0[xXoObB]/.test(clean)) {
        const b = BigInt(clean);
        num = b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
      } else if (/[.eE]/.test(clean)) {
        num = parseFloat(clean);
        isFloat = true;
      } else {
        if (/^0\d/.test(clean) && /[1-9]/.test(clean))
          throw new PySyntaxError(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            line,
            col,
          );
        if (clean.length > MAX_INT_LITERAL_DIGITS)
          throw new PySyntaxError(
            `Exceeds the limit (${MAX_INT_LITERAL_DIGITS} digits) for integer string conversion: value has ${clean.length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
            line,
            col,
          );
        const b = BigInt(clean);
        num = b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
      }
      const after = src[i + text.length];
      if (after !== undefined && isIdStart(after))
        throw new PySyntaxError(isFloat ? "invalid decimal literal" : "invalid decimal literal", line, col);
      push("NUMBER", text, line, col, { num, isFloat }, col + text.length);
      i += text.length;
      continue;
    }
    let op: string | undefined;
    for (const o of OPERATORS)
      if (src.startsWith(o, i)) {
        op = o;
        break;
      }
    if (op === undefined) {
      if (c === "!") throw new PySyntaxError("invalid syntax", line, col);
      const cp = c.codePointAt(0)!;
      if (/[\p{Z}\p{C}]/u.test(c))
        throw new PySyntaxError(`invalid non-printable character U+${cp.toString(16).toUpperCase().padStart(4, "0")}`, line, col);
      throw new PySyntaxError(`invalid character '${c}' (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`, line, col);
    }
    if (op === "(" || op === "[" || op === "{") {
      // CPython's tokenizer stops at 200 open brackets (MAXLEVEL), long before the parser's own limits
      if (depth >= 200) throw new PySyntaxError("too many nested parentheses", line, col);
      depth++;
      brackets.push({ ch: op, line, col });
    } else if (op === ")" || op === "]" || op === "}") {
      const open = brackets.pop();
      if (!open) throw new PySyntaxError(`unmatched '${op}'`, line, col);
      const want = open.ch === "(" ? ")" : open.ch === "[" ? "]" : "}";
      if (want !== op) {
        if (open.line !== line)
          throw new PySyntaxError(
            `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}' on line ${open.line}`,
            line,
            col,
          );
        throw new PySyntaxError(`closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'`, line, col);
      }
      depth--;
    }
    push("OP", op, line, col, undefined, col + op.length);
    i += op.length;
  }
  if (brackets.length) {
    const b = brackets[brackets.length - 1];
    throw new PySyntaxError(`'${b.ch}' was never closed`, b.line, b.col);
  }
  if (toks.length && toks[toks.length - 1].kind !== "NEWLINE" && toks[toks.length - 1].kind !== "DEDENT")
    push("NEWLINE", "", line, i - lineStart);
  while (indents.length > 1) {
    indents.pop();
    push("DEDENT", "", line, 0);
  }
  push("EOF", "", line, 0);
  return toks;
}
