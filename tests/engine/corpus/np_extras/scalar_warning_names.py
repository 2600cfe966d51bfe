# NumPy names a floating-point warning "... in scalar <op>" only for a Python operator on NumPy scalars; a ufunc called
# on scalars (np.log(0.0), np.divide(x, 0)) names the ufunc alone, and integer overflow warns only on the operator.
import numpy as np

np.seterr(all="raise")
cases = {
    "np.log(0.0)": lambda: np.log(0.0),
    "np.log(np.float32(0))": lambda: np.log(np.float32(0)),
    "np.reciprocal(np.float64(0))": lambda: np.reciprocal(np.float64(0)),
    "np.divide(np.float64(1), np.float64(0))": lambda: np.divide(np.float64(1), np.float64(0)),
    "np.divide(1.0, 0.0)": lambda: np.divide(1.0, 0.0),
    "np.sqrt(np.float64(-1))": lambda: np.sqrt(np.float64(-1)),
    "np.exp(np.float64(1000))": lambda: np.exp(np.float64(1000)),
    "np.arcsin(np.float32(2))": lambda: np.arcsin(np.float32(2)),
    "np.multiply(np.float64(1e308), 10)": lambda: np.multiply(np.float64(1e308), 10),
    "np.power(np.float64(10), 1000)": lambda: np.power(np.float64(10), 1000),
    "np.float64(1) / np.float64(0)": lambda: np.float64(1) / np.float64(0),
    "1.0 / np.float64(0)": lambda: 1.0 / np.float64(0),
    "np.float64(1e308) * 10": lambda: np.float64(1e308) * 10,
    "np.float64(0) / 0": lambda: np.float64(0) / 0,
    "np.float32(2) ** 1000": lambda: np.float32(2) ** 1000,
    "np.float64(1) // 0": lambda: np.float64(1) // 0,
    "np.float64(1) % 0": lambda: np.float64(1) % 0,
    "np.array(1.0) / 0": lambda: np.array(1.0) / 0,
    "np.log(np.array([0.0]))": lambda: np.log(np.array([0.0])),
}
for label, f in cases.items():
    try:
        print(label, "->", f())
    except FloatingPointError as e:
        print(label, "->", e)
np.seterr(all="ignore")
with np.errstate(over="raise"):
    for label, f in {
        "np.int64(2**62) * 4": lambda: np.int64(2**62) * 4,
        "np.multiply(np.int64(2**62), 4)": lambda: np.multiply(np.int64(2**62), 4),
        "np.int32(2**30) + np.int32(2**30)": lambda: np.int32(2**30) + np.int32(2**30),
        "np.add(np.int32(2**30), np.int32(2**30))": lambda: np.add(np.int32(2**30), np.int32(2**30)),
        "-np.int64(-2**63)": lambda: -np.int64(-(2**63)),
        "np.negative(np.int64(-2**63))": lambda: np.negative(np.int64(-(2**63))),
        "abs(np.int64(-2**63))": lambda: abs(np.int64(-(2**63))),
    }.items():
        try:
            print(label, "->", f())
        except FloatingPointError as e:
            print(label, "->", e)
