// Format-spec mini-language, %-formatting and str.format.
import { PyFloat, PyTuple, PyDict, PyInstance } from "./core";
import { typeOf, typeName } from "./types";
import { typeError, valueError, exc, KeyError, IndexError, overflowError } from "../errors";
import { repr, str, toNum, getitem, getattr, callMethodObj, isInt, floatToInt, toIntValue } from "./ops";
import { exactDecimal, floatRepr, toFixedExact } from "./num";
import { bigintToDecimal } from "./ops";
import { bitLength, chargeString, chargedReplace } from "../charge";

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  /** z: a negative zero after rounding prints as zero */
  z: boolean;
  width: number;
  grouping: string;
  prec: number;
  type: string;
}
function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s.exec(spec);
  if (!m) throw valueError(`Invalid format specifier '${spec}'`);
  return {
    fill: m[1] ?? (m[6] && !m[2] ? "0" : " "),
    align: m[2] ?? (m[6] ? "=" : ""),
    sign: m[3] ?? "-",
    z: !!m[4],
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? parseInt(m[7], 10) : 0,
    grouping: m[8] ?? "",
    prec: m[9] !== undefined ? parseInt(m[9], 10) : -1,
    type: m[10] ?? "",
  };
}
/** digits in groups of `every` (3; 4 for binary, octal and hex digits) */
function group(intPart: string, sep: string, every = 3): string {
  if (!sep) return intPart;
  let out = "";
  for (let i = intPart.length; i > 0; i -= every) out = intPart.slice(Math.max(0, i - every), i) + (out ? sep + out : "");
  return out;
}
/** the grouped integer digits, zero-padded as CPython does when the fill is '0' with '=' alignment: the padding is
 *  grouped too, and at least `width` long without starting at a separator */
function groupPadded(digits: string, s: Spec, width: number, every = 3): string {
  if (!(s.grouping && s.fill === "0" && s.align === "=")) return group(digits, s.grouping, every);
  chargeString(width);
  let g = group(digits, s.grouping, every);
  while (g.length < width) g = group((digits = "0" + digits), s.grouping, every);
  return g;
}
function pad(body: string, sign: string, s: Spec, defaultAlign: string): string {
  const align = s.align || defaultAlign;
  const total = sign.length + body.length;
  if (total >= s.width) return sign + body;
  chargeString(s.width);
  const n = s.width - total;
  const f = s.fill;
  switch (align) {
    case "<":
      return sign + body + f.repeat(n);
    case ">":
      return f.repeat(n) + sign + body;
    case "^": {
      const l = Math.floor(n / 2);
      return f.repeat(l) + sign + body + f.repeat(n - l);
    }
    case "=":
      return sign + f.repeat(n) + body;
  }
  return sign + body;
}

export function expFormat(x: number, prec: number, upper = false): string {
  let s = prec <= 100 ? x.toExponential(prec) : expExact(x, prec);
  // a tie (the double's exact decimal ends in a 5 just past the last digit) rounds half to even, not up as in JS
  if (prec < 100 && x !== 0 && isFinite(x) && /5e/.test(x.toExponential(prec + 1))) s = expExact(x, prec);
  s = s.replace(/e([+-])(\d)$/, "e$10$2");
  return upper ? s.toUpperCase() : s;
}
/** x in exponent notation rounded half to even from its exact decimal value */
function expExact(x: number, prec: number): string {
  const ax = Math.abs(x);
  let e = ax === 0 ? 0 : parseInt(ax.toExponential(20).split("e")[1], 10);
  const digits = ax === 0 ? "0" : exactDecimal(ax).replace(".", "").replace(/^0+/, "");
  let head = digits.slice(0, prec + 1).padEnd(prec + 1, "0");
  const rest = digits.slice(prec + 1);
  if (rest[0] > "5" || (rest[0] === "5" && (/[1-9]/.test(rest.slice(1)) || +head[head.length - 1] % 2 === 1))) {
    const up = String(BigInt(head) + 1n);
    if (up.length > head.length) e++;
    head = up.slice(0, prec + 1);
  }
  return (x < 0 || Object.is(x, -0) ? "-" : "") + head[0] + (prec ? "." + head.slice(1) : "") + "e" + (e < 0 ? "-" : "+") + Math.abs(e);
}
/** 'g' (and, with `noType`, the precision-only format: exponent notation from one digit sooner, ".0" kept) */
export function gFormat(x: number, prec: number, alt: boolean, upper = false, noType = false): string {
  if (prec === 0) prec = 1;
  const e = x === 0 ? 0 : parseInt(expFormat(x, prec - 1).split("e")[1], 10);
  let s: string;
  if (e < -4 || e >= prec - (noType ? 1 : 0)) {
    s = expFormat(x, prec - 1, upper);
    if (!alt) s = s.replace(/(\.\d*?)0+(?=[eE])/, "$1").replace(/\.(?=[eE])/, "");
    else if (prec === 1) s = s.replace(/[eE]/, ".$&");
  } else {
    s = toFixedExact(x, Math.max(0, prec - 1 - e));
    if (!alt && s.includes(".")) s = s.replace(/\.?0+$/, "");
    if (alt && !s.includes(".")) s += ".";
    if (noType && !s.includes(".")) s += ".0";
  }
  return s;
}

function formatFloat(x: number, s: Spec, isIntVal = false): string {
  let t = s.type;
  let body: string;
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  chargeString(s.prec);
  if (!isFinite(ax)) body = ax !== ax ? "nan" : "inf";
  else
    switch (t) {
      case "f":
      case "F":
        body = toFixedExact(ax, s.prec < 0 ? 6 : s.prec);
        if (s.alt && !body.includes(".")) body += ".";
        break;
      case "e":
      case "E":
        body = expFormat(ax, s.prec < 0 ? 6 : s.prec, t === "E");
        if (s.alt && s.prec === 0) body = body.replace(/[eE]/, ".$&");
        break;
      case "%":
        body = toFixedExact(ax * 100, s.prec < 0 ? 6 : s.prec) + (s.alt && s.prec === 0 ? ".%" : "%");
        break;
      case "g":
      case "G":
      case "n":
        body = gFormat(ax, s.prec < 0 ? 6 : s.prec, s.alt, t === "G");
        break;
      default:
        if (s.prec < 0) body = isIntVal ? String(ax) : floatRepr(ax);
        else body = gFormat(ax, s.prec, s.alt, false, !isIntVal);
    }
  if (t === "%" && !isFinite(ax)) body += "%";
  if (t === "F" || t === "E" || t === "G") body = body.toUpperCase();
  const zeroed = s.z && neg && !/[1-9]/.test(body.replace(/[eE].*$/, ""));
  const sign = neg && !(x !== x) && !zeroed ? "-" : s.sign === "+" ? "+" : s.sign === " " ? " " : "";
  if (s.grouping && isFinite(ax)) {
    const m = /^(\d*)(.*)$/s.exec(body)!;
    body = groupPadded(m[1], s, s.width - sign.length - m[2].length) + m[2];
  }
  return pad(body, sign, s, ">");
}

function formatInt(v: number | bigint, s: Spec): string {
  const neg = v < 0;
  const a = neg ? -v : v;
  let body: string,
    prefix = "";
  if (s.prec >= 0) throw valueError("Precision not allowed in integer format specifier");
  switch (s.type) {
    case "b":
      if (typeof a === "bigint") chargeString(bitLength(a));
      body = a.toString(2);
      prefix = s.alt ? "0b" : "";
      break;
    case "o":
      body = a.toString(8);
      prefix = s.alt ? "0o" : "";
      break;
    case "x":
      body = a.toString(16);
      prefix = s.alt ? "0x" : "";
      break;
    case "X":
      body = a.toString(16).toUpperCase();
      prefix = s.alt ? "0X" : "";
      break;
    case "c":
      if (s.sign !== "-") throw valueError("Sign not allowed with integer format specifier 'c'");
      if (s.alt) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
      if (typeof v === "bigint") throw overflowError("Python int too large to convert to C long");
      if (v < 0 || v >= 0x110000) throw overflowError("%c arg not in range(0x110000)");
      return pad(String.fromCodePoint(Number(a)), "", s, "<");
    case "d":
    case "n":
    case "":
      body = typeof a === "bigint" ? bigintToDecimal(a) : a.toString();
      break;
    default:
      return formatFloat(Number(v), s);
  }
  const sign = (neg ? "-" : s.sign === "+" ? "+" : s.sign === " " ? " " : "") + prefix;
  body = groupPadded(body, s, s.width - sign.length, "boxX".includes(s.type) && s.type ? 4 : 3);
  return pad(body, sign, s, ">");
}

export function formatValue(v: any, spec: string): string {
  if (v instanceof PyInstance || (typeof v === "object" && v !== null && !(v instanceof PyFloat) && typeOf(v).module !== "builtins")) {
    const f = typeOf(v).lookup("__format__");
    if (f !== undefined) {
      const r = callMethodObj(f, v, [spec]);
      if (typeof r !== "string") throw typeError("__format__ must return a str");
      return r;
    }
    if (spec === "") return str(v);
    throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  }
  if (spec === "") return str(v);
  const s = parseSpec(spec);
  if (typeof v === "string") {
    if (s.type && s.type !== "s") throw valueError(`Unknown format code '${s.type}' for object of type 'str'`);
    if (s.sign !== "-" && spec.includes(s.sign)) throw valueError("Sign not allowed in string format specifier");
    if (s.alt) throw valueError("Alternate form (#) not allowed in string format specifier");
    if (s.align === "=" && !s.zero) throw valueError("'=' alignment not allowed in string format specifier");
    if (s.grouping) throw valueError(`Cannot specify '${s.grouping}' with 's'.`);
    const body = s.prec >= 0 ? v.slice(0, s.prec) : v;
    return pad(body, "", s.align === "=" ? { ...s, align: "" } : s, "<");
  }

  if (isInt(v)) {
    const iv = typeof v === "boolean" ? (v ? 1 : 0) : v;
    if (s.type === "s") throw valueError("Unknown format code 's' for object of type 'int'");
    if ("eEfFgG%".includes(s.type) && s.type) return formatFloat(Number(iv), s);
    return formatInt(iv, s);
  }
  if (v instanceof PyFloat) {
    if ("bcdoxX".includes(s.type) && s.type) throw valueError(`Unknown format code '${s.type}' for object of type 'float'`);
    return formatFloat(v.v, s);
  }
  if (v === null || typeof v === "object") throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  return str(v);
}

/** external numeric formatting used by numpy scalar __format__ */
export function formatNumber(x: number, spec: string, isIntVal: boolean): string {
  const s = parseSpec(spec);
  if (isIntVal && (s.type === "" || "dbxXon".includes(s.type))) return formatInt(x, s);
  return formatFloat(x, s);
}

/** ascii(): a repr with its non-ASCII characters escaped */
export function asciiOf(r: string): string {
  return Array.from(r, (c) => {
    const n = c.codePointAt(0)!;
    if (n < 128) return c;
    return n < 256
      ? "\\x" + n.toString(16).padStart(2, "0")
      : n < 65536
        ? "\\u" + n.toString(16).padStart(4, "0")
        : "\\U" + n.toString(16).padStart(8, "0");
  }).join("");
}

export function percentFormat(fmt: string, args: any): string {
  let items: any[];
  let dict: any = null;
  if (args instanceof PyTuple) items = args.items;
  else {
    items = [args];
    if (
      args instanceof PyDict ||
      (typeof args === "object" &&
        args !== null &&
        typeOf(args).lookup("__getitem__") &&
        !(args instanceof PyFloat) &&
        !Array.isArray(args))
    )
      dict = args;
  }
  let ai = 0;
  const next = () => {
    if (ai >= items.length) throw typeError("not enough arguments for format string");
    return items[ai++];
  };
  const out = chargedReplace(fmt, /%(?:\(([^)]*)\))?([#0\- +]*)(\*|\d+)?(?:\.(\*|\d+))?([\s\S]?)/g, (match) => {
    let [m, key, flags, width, prec, conv]: any[] = match;
    const offset = match.index;
    if (conv === "") throw valueError("incomplete format");
    if (!"diouxXeEfFgGcrsa%".includes(conv))
      throw valueError(`unsupported format character '${conv}' (0x${conv.codePointAt(0)!.toString(16)}) at index ${offset + m.length - 1}`);
    if (conv === "%") return "%";
    let v: any;
    if (width === "*") width = String(next());
    if (prec === "*") prec = String(next());
    if (key !== undefined) {
      if (!dict) throw typeError("format requires a mapping");
      v = getitem(dict, key);
    } else v = next();
    let spec = "";
    const left = flags.includes("-");
    const zero = flags.includes("0") && !left;
    const sign = flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    let body: string;
    switch (conv) {
      case "s":
        body = str(v);
        if (prec !== undefined) body = body.slice(0, +prec);
        break;
      case "r":
      case "a":
        body = conv === "a" ? asciiOf(repr(v)) : repr(v);
        if (prec !== undefined) body = body.slice(0, +prec);
        break;
      case "c":
        body = typeof v === "string" ? v : String.fromCodePoint(Number(v));
        break;
      case "d":
      case "i":
      case "u": {
        if (!(isInt(v) || v instanceof PyFloat || typeOf(v).lookup("__float__") || typeOf(v).lookup("__index__")))
          throw typeError(`%${conv} format: a real number is required, not ${typeName(v)}`);
        const iv = v instanceof PyFloat ? floatToInt(v.v) : isInt(v) ? (typeof v === "boolean" ? +v : v) : floatToInt(toNum(v));
        if (prec !== undefined) {
          // a precision is the minimum number of digits
          const neg = iv < 0;
          const digits = formatValue(neg ? -iv : iv, "d").padStart(+prec, "0");
          body = (neg ? "-" : sign) + digits;
          if (zero && width && body.length < +width)
            body = body[0].match(/[-+ ]/) ? body[0] + body.slice(1).padStart(+width - 1, "0") : body.padStart(+width, "0");
          break;
        }
        spec = `${sign}${zero ? "0" : ""}${width ?? ""}d`;
        return left ? formatValue(iv, `<${sign}${width ?? ""}d`) : formatValue(iv, spec);
      }
      default: {
        if (typeof v === "string") throw typeError(`must be real number, not str`);
        const x = toNum(v);
        const t = conv === "i" ? "d" : conv;
        if ("xXo".includes(t)) {
          // %x and %o take any object with __index__, as CPython
          if (!isInt(v) && !typeOf(v).lookup("__index__")) throw typeError(`%${t} format: an integer is required, not ${typeName(v)}`);
          spec = `${left ? "<" : ""}${sign}${flags.includes("#") ? "#" : ""}${zero ? "0" : ""}${width ?? ""}${t}`;
          return formatValue(isInt(v) ? v : toIntValue(v), spec);
        }
        spec = `${left ? "<" : ""}${sign}${flags.includes("#") ? "#" : ""}${zero ? "0" : ""}${width ?? ""}${prec !== undefined ? "." + prec : ""}${t}`;
        return formatValue(new PyFloat(x), spec);
      }
    }
    const w = width ? +width : 0;
    chargeString(w);
    return left ? body.padEnd(w) : body.padStart(w);
  });
  if (!dict && ai < items.length && !(items.length === 1 && ai === 0 && false)) {
    if (!(ai === 0 && items.length === 1 && !(args instanceof PyTuple) && !/%/.test(fmt.replace(/%%/g, ""))))
      throw typeError("not all arguments converted during string formatting");
    throw typeError("not all arguments converted during string formatting");
  }
  return out;
}

/** field numbering of one format() call, nested specs included: automatic ({}) and manual ({0}) do not mix */
interface Numbering {
  next: number;
  mode: "" | "auto" | "manual";
}

export function strFormat(fmt: string, args: any[], kw: Map<string, any> | null, num: Numbering = { next: 0, mode: "" }): string {
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === "{") {
      if (fmt[i + 1] === "{") {
        out += "{";
        i += 2;
        continue;
      }
      let depth = 1,
        j = i + 1;
      while (j < n && depth) {
        if (fmt[j] === "{") depth++;
        else if (fmt[j] === "}") depth--;
        if (depth) j++;
      }
      if (j >= n)
        throw valueError(
          depth > 1 || fmt.slice(i + 1).includes(":") || fmt.slice(i + 1).includes("!")
            ? "expected '}' before end of string"
            : "Single '{' encountered in format string",
        );
      const field = fmt.slice(i + 1, j);
      const m = /^([^!:]*)(?:!(.?))?(?::(.*))?$/s.exec(field);
      if (m === null) throw valueError("expected ':' after conversion specifier");
      let name = m[1];
      const conv = m[2];
      if (conv !== undefined && !"rsa".includes(conv || "?")) {
        if (conv === "") throw valueError("end of string while looking for conversion specifier");
        throw valueError(`Unknown conversion specifier ${conv}`);
      }
      let spec = m[3] ?? "";
      // parse name: first part then .attr / [idx]
      const pm = /^([^.[]*)(.*)$/s.exec(name)!;
      let first = pm[1],
        rest = pm[2];
      let v: any;
      if (first === "") {
        if (num.mode === "manual") throw valueError("cannot switch from manual field specification to automatic field numbering");
        num.mode = "auto";
        if (num.next >= args.length) throw exc(IndexError, `Replacement index ${num.next} out of range for positional args tuple`);
        v = args[num.next++];
      } else if (/^\d+$/.test(first)) {
        if (num.mode === "auto") throw valueError("cannot switch from automatic field numbering to manual field specification");
        num.mode = "manual";
        const k = parseInt(first, 10);
        if (k >= args.length) throw exc(IndexError, `Replacement index ${k} out of range for positional args tuple`);
        v = args[k];
      } else {
        if (!kw || !kw.has(first)) throw exc(KeyError, first);
        v = kw.get(first);
      }
      while (rest) {
        let mm;
        if ((mm = /^\.(\w+)/.exec(rest))) {
          v = getattr(v, mm[1]);
          rest = rest.slice(mm[0].length);
        } else if ((mm = /^\[([^\]]*)\]/.exec(rest))) {
          v = getitem(v, /^\d+$/.test(mm[1]) ? parseInt(mm[1], 10) : mm[1]);
          rest = rest.slice(mm[0].length);
        } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
      // the spec's own fields are numbered after this one's ("{:{}}".format(x, w))
      if (spec.includes("{")) spec = strFormat(spec, args, kw, num);
      if (conv === "r") v = repr(v);
      else if (conv === "a") v = asciiOf(repr(v));
      else if (conv === "s") v = str(v);
      out += formatValue(v, spec);
      i = j + 1;
      continue;
    }
    if (c === "}") {
      if (fmt[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      throw valueError("Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;
}
