// Builtin type objects and typeOf().
import {
  PyType,
  PyFloat,
  PyList,
  PyTuple,
  PyDict,
  PySet,
  PyRange,
  PySlice,
  PyInstance,
  PyFunction,
  PyBuiltin,
  PyMethodDescr,
  PyBoundMethod,
  PyProperty,
  PyStaticMethod,
  PyClassMethod,
  PyModule,
  PyIterator,
  PySuper,
  PyEllipsisT,
  PyNotImplementedT,
  Cell,
  PyBytes,
  PyGenerator,
} from "./core";

export const objectType = new PyType("object", []);
export const typeType = new PyType("type", [objectType]);
export const intType = new PyType("int", [objectType]);
export const boolType = new PyType("bool", [intType]);
export const floatType = new PyType("float", [objectType]);
export const strType = new PyType("str", [objectType]);
export const bytesType = new PyType("bytes", [objectType]);
export const noneType = new PyType("NoneType", [objectType]);
export const listType = new PyType("list", [objectType]);
export const tupleType = new PyType("tuple", [objectType]);
export const dictType = new PyType("dict", [objectType]);
export const setType = new PyType("set", [objectType]);
export const frozensetType = new PyType("frozenset", [objectType]);
export const rangeType = new PyType("range", [objectType]);
export const sliceType = new PyType("slice", [objectType]);
export const functionType = new PyType("function", [objectType]);
export const builtinFnType = new PyType("builtin_function_or_method", [objectType]);
export const methodDescrType = new PyType("method_descriptor", [objectType]);
export const methodType = new PyType("method", [objectType]);
export const propertyType = new PyType("property", [objectType]);
export const staticmethodType = new PyType("staticmethod", [objectType]);
export const classmethodType = new PyType("classmethod", [objectType]);
export const moduleType = new PyType("module", [objectType]);
export const iteratorType = new PyType("iterator", [objectType]);
export const generatorType = new PyType("generator", [objectType]);
export const superType = new PyType("super", [objectType]);
export const ellipsisType = new PyType("ellipsis", [objectType]);
export const notImplType = new PyType("NotImplementedType", [objectType]);
export const cellType = new PyType("cell", [objectType]);

/** hook for foreign objects (ndarray, numpy scalars) */
export const foreignTypes: { test: (v: any) => boolean; type: PyType }[] = [];

const protoType = (C: any, t: PyType) => {
  C.prototype.pyType = t;
};
protoType(PyFloat, floatType);
protoType(PyList, listType);
protoType(PyTuple, tupleType);
protoType(PyDict, dictType);
protoType(PyRange, rangeType);
protoType(PySlice, sliceType);
protoType(PyFunction, functionType);
protoType(PyBuiltin, builtinFnType);
protoType(PyMethodDescr, methodDescrType);
protoType(PyBoundMethod, methodType);
protoType(PyProperty, propertyType);
protoType(PyStaticMethod, staticmethodType);
protoType(PyClassMethod, classmethodType);
protoType(PyModule, moduleType);
protoType(PyIterator, iteratorType);
protoType(PyGenerator, generatorType);
protoType(PySuper, superType);
protoType(PyEllipsisT, ellipsisType);
protoType(PyNotImplementedT, notImplType);
protoType(PyType, typeType);
protoType(Cell, cellType);
protoType(PyBytes, bytesType);

/** one type per kind of iterator (list_iterator, dict_keyiterator, zip, ...), as type() names them in CPython */
const iteratorKinds = new Map<string, PyType>();
function iteratorKindType(kind: string): PyType {
  let t = iteratorKinds.get(kind);
  if (t === undefined) iteratorKinds.set(kind, (t = new PyType(kind, [iteratorType])));
  return t;
}

export function typeOf(v: any): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    case "object": {
      if (v === null) return noneType;
      if (v instanceof PyInstance) return v.cls;
      if (v instanceof PySet) return v.frozen ? frozensetType : setType;
      const t = v.pyType;
      if (t === iteratorType && v.kind !== "iterator") return iteratorKindType(v.kind);
      if (t !== undefined) return t;
      for (const f of foreignTypes) if (f.test(v)) return f.type;
      return objectType;
    }
  }
  return objectType;
}

export function typeName(v: any): string {
  const t = typeOf(v);
  return t.tpName ?? t.name;
}
