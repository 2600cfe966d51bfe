# ufunc.reduce / accumulate / reduceat / outer of any binary ufunc: NumPy's loop dtype, identity, reorderability,
# initial / where / out / keepdims, their errors and argument errors
import numpy as np
import warnings


def show(label, f):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            r = repr(f())
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
    print(label, r, [str(w.message) for w in ws] if ws else "")


data = {
    "bool": np.array([[True, False, True], [True, True, False]]),
    "int8": np.array([[3, -2, 0], [5, 1, 2]], dtype=np.int8),
    "int64": np.array([[7, 2, 0], [-3, 4, 2]]),
    "uint8": np.array([[200, 3, 0], [100, 2, 1]], dtype=np.uint8),
    "float16": np.array([[1.5, -2, 0], [3, 0.25, 2]], dtype=np.float16),
    "float32": np.array([[1.5, -2, 0], [3, 0.25, 2]], dtype=np.float32),
    "float64": np.array([[1.5, -2, 0], [3, 0.25, 2]]),
}
for name in ["subtract", "divide", "floor_divide", "remainder", "fmod", "power", "copysign", "equal", "less",
             "logical_xor", "bitwise_and", "bitwise_xor", "left_shift", "right_shift", "hypot", "logaddexp",
             "fmax", "fmin", "maximum", "lcm"]:
    u = getattr(np, name)
    for dt, x in data.items():
        show(f"{name} {dt}", lambda: u.reduce(x))
    show(f"{name} axis=1", lambda: u.reduce(data["int64"], axis=1))
    show(f"{name} axis=None", lambda: u.reduce(data["float64"], axis=None))
    show(f"{name} empty", lambda: u.reduce(np.zeros((0, 2))))
    show(f"{name} empty rows", lambda: u.reduce(np.zeros((0, 2), dtype=np.int64), axis=1))
    show(f"{name} keepdims", lambda: u.reduce(data["int64"], axis=1, keepdims=True))
    show(f"{name} initial", lambda: u.reduce(data["float64"], initial=1.5))
    show(f"{name} accumulate", lambda: u.accumulate(data["int64"], axis=1))
x = np.arange(8.0)
m = np.arange(12).reshape(3, 4)
for label, f in [
    ("identities", lambda: (np.add.identity, np.multiply.identity, np.logical_and.identity, np.bitwise_and.identity,
                            np.maximum.identity, np.logaddexp.identity, np.hypot.identity, np.logical_xor.identity)),
    ("nin nout", lambda: (np.add.nin, np.add.nout, np.exp.nin, np.exp.nargs, np.add.signature)),
    ("subtract initial", lambda: np.subtract.reduce(np.array([1, 2, 3]), initial=10)),
    ("subtract ()", lambda: np.subtract.reduce(m, axis=(), initial=10)),
    ("add ()", lambda: np.add.reduce(m, axis=())),
    ("duplicate axis", lambda: np.add.reduce(m, axis=(0, 0))),
    ("axis out of range", lambda: np.add.reduce(m, axis=(0, 5))),
    ("float axis", lambda: np.add.reduce(m, axis=1.0)),
    ("list axis", lambda: np.add.reduce(m, axis=[0])),
    ("dtype cast", lambda: np.subtract.reduce(np.array([1.5, 2]), dtype=np.int64)),
    ("dtype list", lambda: np.subtract.reduce([1.5, 2], dtype=int)),
    ("dtype int16", lambda: np.subtract.reduce(np.array([1, 2], dtype=np.int8), dtype=np.int16)),
    ("equal dtype bool", lambda: np.equal.reduce(np.array([1, 2]), dtype=bool)),
    ("divide dtype int", lambda: np.divide.reduce(np.array([1, 2]), dtype=np.int64)),
    ("maximum initial", lambda: np.maximum.reduce(np.array([1, 2]), initial=1.5)),
    ("initial None", lambda: np.subtract.reduce(np.array([1, 2]), initial=None)),
    ("empty initial None", lambda: np.subtract.reduce(np.zeros(0), initial=None)),
    ("empty initial", lambda: np.subtract.reduce(np.zeros(0), initial=5)),
    ("empty 0x0", lambda: np.maximum.reduce(np.zeros((0, 0)), axis=1)),
    ("empty identity", lambda: (np.hypot.reduce(np.array([], dtype=np.float32)),
                                np.bitwise_and.reduce(np.array([], dtype=np.uint8)), np.logaddexp.reduce(np.zeros(0)))),
    ("where no identity", lambda: np.subtract.reduce(np.array([1, 2]), where=np.array([True, False]))),
    ("where initial", lambda: np.subtract.reduce(np.array([1, 2]), where=np.array([True, False]), initial=0)),
    ("where add", lambda: np.add.reduce(m, axis=1, where=[True, False, True, False])),
    ("where max", lambda: np.maximum.reduce(m, axis=1, where=[True, False, True, False], initial=-1)),
    ("logical initial", lambda: np.logical_and.reduce(np.array([[1.5, 0], [2, 3]]), initial=1.5)),
    ("out", lambda: np.subtract.reduce(np.array([1.5, 2, 3]), out=np.zeros((), dtype=int))),
    ("out add", lambda: np.add.reduce(m, out=np.zeros(4))),
    ("out tuple", lambda: np.add.reduce(m, out=(np.zeros(4),))),
    ("out int8", lambda: np.add.reduce(np.array([1, 2, 3]), out=np.zeros((), dtype=np.int8))),
    ("out ndim", lambda: np.subtract.reduce(np.array([1, 2, 3]), out=np.zeros(1))),
    ("out keepdims", lambda: np.subtract.reduce(m, out=np.zeros(2), keepdims=True)),
    ("out list", lambda: np.add.reduce(m, out=[np.zeros(4)])),
    ("out keepdims None", lambda: np.add.reduce(m, keepdims=True, axis=None, out=np.zeros((1, 1)))),
    ("exp reduce", lambda: np.exp.reduce(x)),
    ("exp accumulate", lambda: np.exp.accumulate(x)),
    ("exp reduceat", lambda: np.exp.reduceat(x, [0])),
    ("exp outer", lambda: np.exp.outer(x, x)),
    ("reduce no args", lambda: np.add.reduce()),
    ("reduce 8 args", lambda: np.add.reduce(x, 0, None, None, False, 0, True, 7)),
    ("reduce twice", lambda: np.add.reduce(x, 0, axis=0)),
    ("reduce bad kw", lambda: np.add.reduce(x, foo=1)),
    ("accumulate no args", lambda: np.add.accumulate()),
    ("accumulate 5 args", lambda: np.add.accumulate(x, 0, None, None, 5)),
    ("accumulate twice", lambda: np.add.accumulate(x, 0, axis=0)),
    ("accumulate None 2-d", lambda: np.add.accumulate(m, axis=None)),
    ("accumulate None 1-d", lambda: np.add.accumulate(np.arange(3), axis=None)),
    ("accumulate (0,)", lambda: np.subtract.accumulate(m, axis=(0,))),
    ("accumulate (0, 1)", lambda: np.subtract.accumulate(m, axis=(0, 1))),
    ("accumulate out", lambda: np.add.accumulate(x, out=np.zeros(8))),
    ("accumulate divide", lambda: np.divide.accumulate(np.array([1.0, 0.0, 2.0]))),
    ("accumulate logical_xor", lambda: np.logical_xor.accumulate(np.array([1.5, 0, 2]))),
    ("accumulate power int8", lambda: np.power.accumulate(np.array([2, 3, 2], dtype=np.int8))),
    ("accumulate equal int", lambda: np.equal.accumulate(np.array([1, 2]))),
    ("accumulate less bool", lambda: np.less.accumulate(np.array([True, False, True]))),
    ("reduceat", lambda: np.add.reduceat(x, [0, 4])),
    ("reduceat 1 arg", lambda: np.add.reduceat(x)),
    ("reduceat no args", lambda: np.add.reduceat()),
    ("reduceat 6 args", lambda: np.add.reduceat(x, [0, 4], 0, None, None, 5)),
    ("reduceat bad kw", lambda: np.add.reduceat(x, [0, 4], foo=1)),
    ("reduceat twice", lambda: np.add.reduceat(x, [0], indices=[1])),
    ("reduceat keywords", lambda: np.add.reduceat(array=x, indices=[0, 4])),
    ("reduceat None 1-d", lambda: np.add.reduceat(x, [0, 4], axis=None)),
    ("reduceat None 2-d", lambda: np.add.reduceat(m, [0], axis=None)),
    ("reduceat (0, 1)", lambda: np.add.reduceat(m, [0, 2], axis=(0, 1))),
    ("reduceat axis 1", lambda: np.add.reduceat(x, [0, 4], axis=1)),
    ("reduceat float indices", lambda: np.add.reduceat(x, [0.5, 2])),
    ("reduceat out of range", lambda: np.add.reduceat(x, [0, 9])),
    ("reduceat out", lambda: np.add.reduceat(m, [0, 1], out=np.zeros((2, 4)))),
    ("reduceat subtract", lambda: np.subtract.reduceat(x, [0, 4, 2])),
    ("reduceat divide", lambda: np.divide.reduceat(x + 1, [0, 4])),
    ("reduceat divide 0", lambda: np.divide.reduceat(np.array([1.0, 0.0, 2.0]), [0, 2])),
    ("reduceat maximum 2-d", lambda: np.maximum.reduceat(m, [0, 2], axis=1)),
    ("outer", lambda: np.subtract.outer(np.array([1, 2]), np.array([10, 20, 30]))),
    ("outer scalar", lambda: np.add.outer(5, [1, 2])),
    ("outer 1 arg", lambda: np.add.outer(x)),
    ("outer 3 args", lambda: np.add.outer(x, x, x)),
    ("outer bad kw", lambda: np.add.outer(x, x, foo=1)),
    ("outer out", lambda: np.add.outer(x[:2], x[:3], out=np.zeros((2, 3)))),
    ("ufunc bad kw", lambda: np.add(x, 2, foo=1)),
    ("ufunc out twice", lambda: np.exp(x, x.copy(), out=x.copy())),
    ("fmax ufunc", lambda: (type(np.fmax).__name__, np.fmax.reduce(np.array([3.0, np.nan])), np.fmin.reduce(np.array([3.0, np.nan])))),
]:
    show(label, f)
