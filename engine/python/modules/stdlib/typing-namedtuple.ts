// `class Point(NamedTuple): x: int; y: int = 0` — the fields are the class body's annotations, their values the
// defaults; the class is collections.namedtuple's, with the body's methods and attributes added (typing.py's
// NamedTupleMeta).
import { PyDict, PyFunction, PyList, PyTuple, type PyType } from "../../objects/core";
import { call } from "../../objects/ops";
import { attrError, typeError } from "../../errors";

const PROHIBITED = new Set([
  "__new__",
  "__init__",
  "__slots__",
  "__getnewargs__",
  "_fields",
  "_field_defaults",
  "_make",
  "_replace",
  "_asdict",
  "_source",
]);
const SPECIAL = new Set(["__module__", "__qualname__", "__name__", "__annotations__"]);

export function namedTupleClass(namedtuple: unknown, name: string, ns: Map<string, any>): PyType {
  const ann = ns.get("__annotations__");
  const fields: string[] = ann instanceof PyDict ? [...ann.map.values()].map((e) => String(e[0])) : [];
  const withDefault: string[] = [];
  for (const f of fields) {
    if (ns.has(f)) withDefault.push(f);
    else if (withDefault.length)
      throw typeError(
        `Non-default namedtuple field ${f} cannot follow default field${withDefault.length > 1 ? "s" : ""} ${withDefault.join(", ")}`,
      );
  }
  const kw = new Map<string, any>([["defaults", new PyTuple(withDefault.map((f) => ns.get(f)))]]);
  const cls = call(namedtuple, [name, new PyList(fields)], kw) as PyType;
  cls.dict.set("__annotations__", ann instanceof PyDict ? ann : new PyDict());
  for (const [k, v] of ns) {
    if (PROHIBITED.has(k)) throw attrError(`Cannot overwrite NamedTuple attribute ${k}`);
    if (SPECIAL.has(k) || fields.includes(k)) continue;
    if (v instanceof PyFunction && v.ownerClass === null) {
      v.ownerClass = cls;
      if (!v.qualname.includes(".")) v.qualname = `${name}.${v.qualname}`;
    }
    cls.dict.set(k, v);
  }
  return cls;
}
