// Public names of NumPy 2.4.6's numpy and numpy.linalg (their dir()) that this engine does not provide (numpy.random's:
// unsupported-random-names.ts):
// looking one up raises NotImplementedError naming it, as np.char's do (char.ts), rather than the AttributeError of a
// misspelt name. Regenerate the lists by comparing dir() of each module in python3 and in the engine.
import type { PyModule, PyType } from "../../objects/core";
import { exc, excTypes } from "../../errors";
import { lazyNumpy } from "./lazy";
import { def, prop } from "./types";

/** ndarray methods and attributes of NumPy 2.4.6 this engine lacks: present, and refused when called (a method) or
 *  read (an attribute), so hasattr() is True as in NumPy. */
const NDARRAY_METHODS = [
  "byteswap",
  "choose",
  "compress",
  "dump",
  "dumps",
  "getfield",
  "resize",
  "setfield",
  "setflags",
  "tobytes",
  "tofile",
  "to_device",
];
const NDARRAY_ATTRIBUTES = ["data", "device"];

const NUMPY = new Set([
  "ScalarType",
  "asmatrix",
  "bitwise_count",
  "bmat",
  "broadcast",
  "busday_count",
  "busday_offset",
  "busdaycalendar",
  "bytes_",
  "cdouble",
  "character",
  "choose",
  "clongdouble",
  "complex128",
  "complex256",
  "complex64",
  "complexfloating",
  "compress",
  "core",
  "csingle",
  "ctypeslib",
  "datetime64",
  "datetime_as_string",
  "datetime_data",
  "dtypes",
  "einsum_path",
  "emath",
  "f2py",
  "fft",
  "flatiter",
  "flexible",
  "float128",
  "from_dlpack",
  "frombuffer",
  "frompyfunc",
  "fromregex",
  "fromstring",
  "get_include",
  "getbufsize",
  "geterrcall",
  "info",
  "is_busday",
  "isdtype",
  "isfortran",
  "isnat",
  "little_endian",
  "longdouble",
  "longlong",
  "ma",
  "matrix",
  "matvec",
  "memmap",
  "min_scalar_type",
  "nested_iters",
  "polynomial",
  "rec",
  "recarray",
  "record",
  "require",
  "sctypeDict",
  "setbufsize",
  "seterrcall",
  "show_config",
  "show_runtime",
  "sort_complex",
  "test",
  "timedelta64",
  "typing",
  "ulonglong",
  "vecdot",
  "vecmat",
  "void",
]);
const LINALG = new Set(["cross", "tensordot", "tensorinv", "tensorsolve", "test", "vecdot"]);
/** Throws NotImplementedError for a NumPy name of `numpy` this engine lacks; undefined for any other name. */
export function unsupportedNumpyName(name: string): undefined {
  return refuse("np", NUMPY, name);
}

export function refuse(prefix: string, names: Set<string>, name: string): undefined {
  if (names.has(name)) throw exc(excTypes.get("NotImplementedError")!, `${prefix}.${name} is not supported by this engine`);
  return undefined;
}

export function guard(m: PyModule | undefined, prefix: string, names: Set<string>): void {
  if (!m) return;
  const before = m.missing;
  m.missing = (name: string) => before?.(name) ?? refuse(prefix, names, name);
}

export function refuseOnType(t: PyType, prefix: string, methods: string[], attributes: string[]): void {
  const refused = (n: string) => exc(excTypes.get("NotImplementedError")!, `${prefix}.${n} is not supported by this engine`);
  for (const n of methods)
    if (!t.dict.has(n))
      def(t, n, () => {
        throw refused(n);
      });
  for (const n of attributes)
    if (!t.dict.has(n))
      prop(t, n, () => {
        throw refused(n);
      });
}

lazyNumpy.push((d, linalg, ndarrayType) => {
  guard(linalg, "np.linalg", LINALG);
  refuseOnType(ndarrayType, "ndarray", NDARRAY_METHODS, NDARRAY_ATTRIBUTES);
});
