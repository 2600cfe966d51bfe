import warnings
import numpy as np


def t(label, f):
    # the result (or the error) and the warnings it gave, each shown
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
    print(label, repr(r), [f"{x.category.__name__}: {x.message}" for x in w])


a = np.array([1e308, 1e308])
t("astype f32", lambda: np.array([1e300, 1.0]).astype(np.float32))
t("astype f16", lambda: np.array([1e6]).astype(np.float16))
t("f32 scalar", lambda: np.float32(1e300))
t("f32 of f64", lambda: np.float32(np.float64(1e300)))
t("f64 scalar astype", lambda: np.float64(1e300).astype(np.float32))
t("astype int64", lambda: np.array([np.inf, np.nan, 1.5]).astype(np.int64))
t("astype int32", lambda: np.array([1e300, -1e300]).astype(np.int32))
t("astype uint8", lambda: np.array([300.0, -1.0]).astype(np.uint8))
t("astype int8 nan", lambda: np.array([np.nan]).astype(np.int8))
t("astype bool nan", lambda: np.array([np.nan]).astype(bool))
t("int64 scalar of inf", lambda: np.int64(np.float64(np.inf)))
t("f64 scalar astype int", lambda: np.float64(np.nan).astype(np.int64))
t("array f32 dtype", lambda: np.array([1e300], dtype=np.float32))
t("array f32 of arr", lambda: np.array(np.array([1e300]), dtype=np.float32))
t("asarray f32", lambda: np.asarray(a, dtype=np.float32))
t("list inf int64", lambda: np.array([np.float64(np.inf)], dtype=np.int64))
t("list pyinf int64", lambda: np.array([float('inf')], dtype=np.int64))
t("list pynan int64", lambda: np.array([float('nan')], dtype=np.int64))
t("list pynan int32", lambda: np.array([float('nan')], dtype=np.int32))
t("list pyinf uint8", lambda: np.array([float('-inf')], dtype=np.uint8))
t("list f64nan int64", lambda: np.array([np.float64('nan'), 1.0], dtype=np.int64))
t("list big int8", lambda: np.array([1e10], dtype=np.int8))
t("list big f32", lambda: np.array([1e300], dtype=np.float32))
t("np.inf list", lambda: np.array([np.inf], dtype=np.int64))
t("astype inf int64", lambda: np.array([np.inf]).astype(np.int64))
t("zeros setitem", lambda: np.zeros(2, dtype=np.int64).__setitem__(0, np.inf))
t("zeros setitem nan", lambda: np.zeros(2, dtype=np.int64).__setitem__(0, float('nan')))
t("setitem arr", lambda: np.zeros(2, dtype=np.int64).__setitem__(slice(None), np.array([np.nan, 1.0])))
t("full int inf", lambda: np.full(2, np.inf, dtype=np.int64))
t("int64 array of f32", lambda: np.array([np.float32(np.inf)], dtype=np.int64))
t("f32 nan list", lambda: np.array([np.float32('nan')], dtype=np.int64))
t("f16 inf list", lambda: np.array([np.float16('inf')], dtype=np.int32))
t("0d f64 inf", lambda: np.array(np.float64('inf'), dtype=np.int64))
t("0d pyinf", lambda: np.array(float('inf'), dtype=np.int64))
t("asarray nan", lambda: np.asarray(float('nan'), dtype=np.int64))
t("nested", lambda: np.array([[1.0, np.inf]], dtype=np.int64))
t("0d arr in list", lambda: np.array([np.array(np.inf)], dtype=np.int64))
t("1d arr in list", lambda: np.array([np.array([np.inf])], dtype=np.int64))
t("mixed", lambda: np.array([1, np.inf], dtype=np.int64))
t("uint64", lambda: np.array([np.inf], dtype=np.uint64))
t("big int64", lambda: np.array([1e300], dtype=np.int64))
t("big int32", lambda: np.array([1e300], dtype=np.int32))
t("big uint8", lambda: np.array([300.0], dtype=np.uint8))
t("neg uint8", lambda: np.array([-1.5], dtype=np.uint8))
t("2**63 int64", lambda: np.array([2.0**63], dtype=np.int64))
t("1.7 int64", lambda: np.array([1.7, -2.5], dtype=np.int64))
t("bool dtype nan", lambda: np.array([float('nan')], dtype=bool))
t("f32 big", lambda: np.array([np.float64(1e300), 1.0], dtype=np.float32))
t("f32 pybig", lambda: np.array([1e300], dtype=np.float32))
t("f16 big", lambda: np.array([1e10], dtype=np.float16))
t("tuple", lambda: np.array((np.inf,), dtype=np.int64))
t("np.int64(inf)", lambda: np.int64(float('inf')))
t("np.int32(nan)", lambda: np.int32(float('nan')))
t("np.int64(f64inf)", lambda: np.int64(np.float64('inf')))
t("np.uint8(300.0)", lambda: np.uint8(300.0))
t("setitem f64", lambda: np.zeros(2, dtype=np.int64).__setitem__(0, np.float64(np.inf)))
t("setitem f32", lambda: np.zeros(2, dtype=np.int64).__setitem__(0, np.float32(np.inf)))
t("fill", lambda: np.zeros(2, dtype=np.int64).fill(np.nan))
t("full list", lambda: np.full(2, [np.inf, 1.0], dtype=np.int64))
t("full list int8", lambda: np.full((2, 2), [300.0, -1.0], dtype=np.int8))
t("float64 from str", lambda: [np.float64("inf"), np.float16("inf"), np.float32("-inf"), np.float64(" 1.5 "), np.float64("Infinity"), np.float64("1_0.5")])
t("float64 bad str", lambda: np.float64("1e"))


def raising(label, kind, f):
    with np.errstate(**{kind: "raise"}):
        t(label, f)


raising("raise invalid cast", "invalid", lambda: np.array([np.nan]).astype(np.int64))
raising("raise over cast", "over", lambda: np.array([1e300]).astype(np.float32))
raising("raise over f32 scalar", "over", lambda: np.float32(1e300))
raising("raise invalid list of arrays", "invalid", lambda: np.array([np.array(np.inf)], dtype=np.int32))
with np.errstate(all="ignore"):
    t("ignore", lambda: (np.float32(1e300), np.array([np.nan]).astype(np.int64)))
