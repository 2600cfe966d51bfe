// Format-spec mini-language, %-formatting and str.format.
import { PyFloat, PyTuple, PyDict, PyInstance } from "./core";
import { typeOf, typeName } from "./types";
import { typeError, valueError, exc, KeyError, IndexError } from "../errors";
import { repr, str, toNum, getitem, getattr, callMethodObj, isInt, floatToInt } from "./ops";
import { floatRepr, toFixedExact } from "./num";
import { bigintToDecimal } from "./ops";
import { bitLength, chargeString } from "../charge";

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  prec: number;
  type: string;
}
function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s.exec(spec);
  if (!m) throw valueError(`Invalid format specifier '${spec}'`);
  return {
    fill: m[1] ?? (m[5] && !m[2] ? "0" : " "),
    align: m[2] ?? (m[5] ? "=" : ""),
    sign: m[3] ?? "-",
    alt: !!m[4],
    zero: !!m[5],
    width: m[6] ? parseInt(m[6], 10) : 0,
    grouping: m[7] ?? "",
    prec: m[8] !== undefined ? parseInt(m[8], 10) : -1,
    type: m[9] ?? "",
  };
}
function group(intPart: string, sep: string): string {
  if (!sep) return intPart;
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
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
  let s = x.toExponential(prec);
  // JS toExponential ties differ slightly; acceptable
  s = s.replace(/e([+-])(\d)$/, "e$10$2");
  return upper ? s.toUpperCase() : s;
}
export function gFormat(x: number, prec: number, alt: boolean, upper = false): string {
  if (prec === 0) prec = 1;
  if (x === 0) return alt ? "0." + "0".repeat(prec - 1) : Object.is(x, -0) ? "-0" : "0";
  const e = parseInt(x.toExponential(prec - 1).split("e")[1], 10);
  let s: string;
  if (e < -4 || e >= prec) {
    s = expFormat(x, prec - 1, upper);
    if (!alt) s = s.replace(/\.?0+e/, "e").replace(/\.?0+E/, "E");
  } else {
    s = toFixedExact(x, Math.max(0, prec - 1 - e));
    if (!alt && s.includes(".")) s = s.replace(/\.?0+$/, "");
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
        break;
      case "%":
        body = toFixedExact(ax * 100, s.prec < 0 ? 6 : s.prec) + "%";
        break;
      case "g":
      case "G":
      case "n":
        body = gFormat(ax, s.prec < 0 ? 6 : s.prec, s.alt, t === "G");
        break;
      default:
        if (s.prec < 0) body = isIntVal ? String(ax) : floatRepr(ax);
        else {
          body = gFormat(ax, s.prec, s.alt);
          if (!/[.e]/.test(body) && !/inf|nan/.test(body) && false) body += ".0";
        }
    }
  if (t === "F" || t === "E" || t === "G") body = body.toUpperCase();
  if (s.grouping) {
    const [ip, ...rest] = body.split(".");
    body = [group(ip, s.grouping), ...rest].join(".");
  }
  const sign = neg && !(x !== x) ? "-" : s.sign === "+" ? "+" : s.sign === " " ? " " : "";
  return pad(body, sign, s, ">");
}

function formatInt(v: number | bigint, s: Spec): string {
  const neg = v < 0;
  const a = neg ? -v : v;
  let body: string,
    prefix = "";
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
      return pad(String.fromCodePoint(Number(a)), "", s, "<");
    case "d":
    case "n":
    case "":
      body = typeof a === "bigint" ? bigintToDecimal(a) : a.toString();
      break;
    default:
      return formatFloat(Number(v), s);
  }
  body = group(body, s.grouping);
  const sign = (neg ? "-" : s.sign === "+" ? "+" : s.sign === " " ? " " : "") + prefix;
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
    const body = s.prec >= 0 ? v.slice(0, s.prec) : v;
    return pad(body, "", s, "<");
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
  if (v === null || typeof v === "object") {
    if (s.type || s.prec >= 0 || (s.sign !== "-" && false))
      throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
    return pad(str(v), "", s, "<");
  }
  return str(v);
}

/** external numeric formatting used by numpy scalar __format__ */
export function formatNumber(x: number, spec: string, isIntVal: boolean): string {
  const s = parseSpec(spec);
  if (isIntVal && (s.type === "" || "dbxXon".includes(s.type))) return formatInt(x, s);
  return formatFloat(x, s);
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
        typeOf(args).module === "builtins" &&
        !Array.isArray(args))
    )
      dict = args;
  }
  let ai = 0;
  const next = () => {
    if (ai >= items.length) throw typeError("not enough arguments for format string");
    return items[ai++];
  };
  const out = fmt.replace(
    /%(?:\(([^)]*)\))?([#0\- +]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g,
    (m, key, flags, width, prec, conv) => {
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
          body = repr(v);
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
          spec = `${sign}${zero ? "0" : ""}${width ?? ""}d`;
          return left ? formatValue(iv, `<${sign}${width ?? ""}d`) : formatValue(iv, spec);
        }
        default: {
          if (typeof v === "string") throw typeError(`must be real number, not str`);
          const x = toNum(v);
          const t = conv === "i" ? "d" : conv;
          if ("xXo".includes(t)) {
            if (!isInt(v)) throw typeError(`%${t} format: an integer is required, not ${typeName(v)}`);
            spec = `${left ? "<" : ""}${sign}${flags.includes("#") ? "#" : ""}${zero ? "0" : ""}${width ?? ""}${t}`;
            return formatValue(v, spec);
          }
          spec = `${left ? "<" : ""}${sign}${flags.includes("#") ? "#" : ""}${zero ? "0" : ""}${width ?? ""}${prec !== undefined ? "." + prec : ""}${t}`;
          return formatValue(new PyFloat(x), spec);
        }
      }
      const w = width ? +width : 0;
      chargeString(w);
      return left ? body.padEnd(w) : body.padStart(w);
    },
  );
  if (!dict && ai < items.length && !(items.length === 1 && ai === 0 && false)) {
    if (!(ai === 0 && items.length === 1 && !(args instanceof PyTuple) && !/%/.test(fmt.replace(/%%/g, ""))))
      throw typeError("not all arguments converted during string formatting");
    throw typeError("not all arguments converted during string formatting");
  }
  return out;
}

export function strFormat(fmt: string, args: any[], kw: Map<string, any> | null): string {
  let auto = 0;
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
      if (j >= n) throw valueError("expected '}' before end of string");
      const field = fmt.slice(i + 1, j);
      const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(field)!;
      let name = m[1];
      const conv = m[2];
      let spec = m[3] ?? "";
      if (spec.includes("{")) spec = strFormat(spec, args, kw);
      // parse name: first part then .attr / [idx]
      const pm = /^([^.[]*)(.*)$/s.exec(name)!;
      let first = pm[1],
        rest = pm[2];
      let v: any;
      if (first === "") {
        if (auto < 0) throw valueError("cannot switch from manual field specification to automatic field numbering");
        if (auto >= args.length) throw exc(IndexError, `Replacement index ${auto} out of range for positional args tuple`);
        v = args[auto++];
      } else if (/^\d+$/.test(first)) {
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
      if (conv === "r" || conv === "a") v = repr(v);
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
