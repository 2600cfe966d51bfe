# found by the differential fuzzer: integer % giving 0 (never -0.0 once cast), median of -0.0 (the sum starts from
# 0.0), np.ptp / np.percentile of booleans, nonzero of 0-d arrays and NumPy scalars, a NumPy scalar times a sequence
import numpy as np


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = np.array([0, -3, 3, -2, 4])
b = np.array([-3, -3, 3, 5, -2])
show("int %", lambda: (a % b).astype(float) * 1.0)
show("int fmod", lambda: np.fmod(a, b).astype(float))
show("scalar %", lambda: float(np.int64(-3) % np.int64(3)))
show("mod then clip", lambda: np.clip(np.array([[-3], [2]]), np.mod(np.array([[-3], [2]]), np.array([[-3], [2]])), 2.5))
show("median", lambda: np.median(np.eye(3) * -2.5))
show("median even", lambda: np.median(np.array([-2.5, -0.0, -0.0, 0.0])))
show("median axis", lambda: np.median(np.array([[-0.0, -0.0, -0.0]]), axis=1))
show("median 1", lambda: np.median(np.array([-0.0])))
show("ptp bool", lambda: np.ptp(np.array([True, False])))
show("ptp uint8", lambda: np.ptp(np.array([1, 5], dtype=np.uint8)))
bools = np.array([True, False, True, False])
for method in ["inverted_cdf", "closest_observation", "lower", "higher", "nearest", "linear", "midpoint", "hazen"]:
    show(f"percentile {method}", lambda: [np.percentile(bools, q, method=method) for q in (0, 30, 50, 100)])
show("quantile axis", lambda: np.quantile(bools.reshape(2, 2), [0.5, 1.0], axis=0, method="lower"))
show("nonzero 0-d", lambda: np.nonzero(np.array(5)))
show("nonzero int", lambda: np.nonzero(5))
show("nonzero scalar", lambda: np.nonzero(np.float64(2.0) > 0))
show("method 0-d", lambda: np.array(3).nonzero())
show("where 0-d", lambda: np.where(np.array(5)))
show("where scalar", lambda: np.where(np.float64(2) < 0))
show("argwhere 0-d", lambda: (np.argwhere(np.array(5)), np.argwhere(np.array(0)), np.flatnonzero(np.array(5))))
show("f32 * tuple", lambda: np.float32(3) * (1, 2))
show("f64 * list", lambda: np.float64(3) * [1, 2])
show("i64 * list", lambda: np.int64(2) * [1, 2])
show("list * i64", lambda: [1, 2] * np.int64(2))
show("i32 * tuple", lambda: np.int32(2) * (1, 2))
show("bool * list", lambda: np.bool_(True) * [1, 2])
show("str * i64", lambda: ("ab" * np.int64(2), np.int64(2) * "ab"))
show("f64 * str", lambda: np.float64(2) * "ab")
show("uint8 * list", lambda: np.uint8(2) * [1])
show("0-d * list", lambda: np.array(2) * [1, 2])
show("f64 + list", lambda: (np.float64(2) + [1, 2], [1, 2] - np.float64(2), np.float64(2) ** [1, 2]))
