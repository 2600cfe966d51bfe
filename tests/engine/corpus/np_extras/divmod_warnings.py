# divmod() of NumPy scalars and np.divmod: one loop, so one set of warnings named "divmod" ("scalar divmod" for a
# NumPy scalar's operator), in NumPy's order (divide by zero, overflow, invalid); np.divmod is a ufunc with two outputs
import numpy as np
import warnings


def show(label, f):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            r = f()
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
    print(label, r, [str(w.message) for w in ws])


show("f64 1/0", lambda: divmod(np.float64(1), 0))
show("f64 1/0.0", lambda: divmod(np.float64(1), 0.0))
show("f64 0/0", lambda: divmod(np.float64(0), 0))
show("f64 inf/2", lambda: divmod(np.float64(np.inf), 2))
show("f64 nan/2", lambda: divmod(np.float64(np.nan), 2))
show("f32 1/0", lambda: divmod(np.float32(1), 0))
show("f16 1/0", lambda: divmod(np.float16(1), 0))
show("i64 1/0", lambda: divmod(np.int64(1), 0))
show("i64 min/-1", lambda: divmod(np.int64(-2**63), np.int64(-1)))
show("u8 3/0", lambda: divmod(np.uint8(3), 0))
show("float left", lambda: divmod(1.0, np.float64(0)))
show("int left", lambda: divmod(1, np.int64(0)))
show("bool", lambda: divmod(True, np.bool_(False)))
show("values", lambda: divmod(np.float64(7.5), -2))
show("array", lambda: divmod(np.array([1.0, 0.0, -1.0]), 0))
show("np f array", lambda: np.divmod(np.array([1.0, 0.0, -1.0]), 0))
show("np i array", lambda: np.divmod(np.array([1, 0, -1]), 0))
show("np scalar", lambda: np.divmod(np.float64(1), 0))
show("np list", lambda: np.divmod([1, 2], [3, 0]))
show("np ints", lambda: np.divmod(7, -2))
show("str array", lambda: np.divmod(np.array(["a"]), 1))
with np.errstate(all="raise"):
    show("raise scalar", lambda: divmod(np.float64(1), 0))
    show("raise array", lambda: np.divmod(np.array([1, 2]), 0))
# the operators of np.bool_ are the ufuncs themselves; a float16 scalar's are scalar math (its % warns of the division)
show("bool //", lambda: np.bool_(True) // np.bool_(False))
show("bool / int64", lambda: np.bool_(True) / np.int64(0))
show("int64 // bool", lambda: np.int64(1) // np.bool_(False))
show("f16 /", lambda: np.float16(1) / 0)
show("f16 %", lambda: np.float16(1) % 0)
show("f16 0 %", lambda: np.float16(0) % 0)
show("f16 *", lambda: np.float16(60000) * 2)
show("f16 array %", lambda: np.array([1], dtype=np.float16) % 0)
# np.divmod's outputs
x = np.array([5.0, -7.0, 3.0])
q, r = np.zeros(3), np.zeros(3)
show("out kw", lambda: np.divmod(x, 2, out=(q, r)))
print(q, r)
show("out pos", lambda: np.divmod(x, 3, q, r))
show("out None", lambda: np.divmod(x, 2, out=(None, r)))
show("out one", lambda: np.divmod(x, 2, out=q))
show("out short", lambda: np.divmod(x, 2, out=(q,)))
show("out twice", lambda: np.divmod(x, 2, q, out=(q, r)))
show("out not array", lambda: np.divmod(x, 2, 5, r))
show("too few", lambda: np.divmod(x))
show("bad kw", lambda: np.divmod(x, 2, foo=1))
y = np.array([5.0, -7.0, 3.0])
show("out aliasing", lambda: np.divmod(y, y + 1, out=(y, r)))
print(y, r)
print(np.divmod.nin, np.divmod.nout, np.divmod.nargs, np.add.nargs, np.exp.nargs, repr(np.divmod), np.divmod.__name__)
print(np.divmod.outer(np.array([5, 7]), np.array([2, 3])))
show("reduce", lambda: np.divmod.reduce(x))
show("accumulate", lambda: np.divmod.accumulate(x))
