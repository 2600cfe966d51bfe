# np.clip: ties with a scalar bound keep the element, with array bounds the bound wins; a Python int bound at or past
# an integer array's range is no bound; the clip ufunc's name and its three operands in errors; NaN bounds
import numpy as np


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


x = np.array([0.0, -0.0])
u = (np.arange(3) - 3).astype(np.uint8)
i8 = np.array([-100, 0, 100], dtype=np.int8)
show("array lo", lambda: np.clip(x, np.array([-0.0, 0.0]), 1.0))
show("array hi", lambda: np.clip(x, -1.0, np.array([-0.0, 0.0])))
show("scalar lo", lambda: np.clip(x, -0.0, 1.0))
show("0-d lo", lambda: np.clip(x, np.array(-0.0), 1.0))
show("list lo", lambda: np.clip(x, [-0.0, 0.0], 1))
show("scalar lo, array hi", lambda: np.clip(x, -0.0, np.array([1.0, 1.0])))
show("2-d", lambda: np.clip(x.reshape(2, 1), np.array([[-0.0], [0.0]]), 1.0))
show("reversed", lambda: np.clip(x[::-1], -0.0, 1.0))
show("size-1 lo", lambda: np.clip(x, np.full(2, -0.0)[:1], 1.0))
show("f32", lambda: np.clip(x.astype(np.float32), np.array([-0.0, 0.0], dtype=np.float32), 1.0))
show("one bound", lambda: (np.clip(x, 0.0, None), np.clip(x, None, -0.0)))
show("nan x", lambda: np.clip(np.array([np.nan, 1]), 0, 0.5))
show("nan lo", lambda: np.clip(np.array([1, 2.0]), np.nan, 0.5))
show("nan hi", lambda: np.clip(np.array([1, 2.0]), 0, np.nan))
show("nan array lo", lambda: np.clip(np.array([1.0, 2.0]), np.array([np.nan, 0.0]), 0.5))
show("uint8 -1", lambda: np.clip(u, -1, 1))
show("uint8 full", lambda: np.clip(u, 0, 255))
show("uint8 300", lambda: np.clip(u, 10, 300))
show("uint8 both", lambda: np.clip(u, -5, 300))
show("int8", lambda: np.clip(i8, -200, 50))
show("int8 range", lambda: np.clip(i8, -128, 127))
show("list big", lambda: np.clip([1, 2, 300], 0, 2**70))
show("uint8 np.int64", lambda: np.clip(u, np.int64(-1), 1))
show("uint8 float", lambda: np.clip(u, -1.0, 1))
show("method", lambda: u.clip(-1, 1))
show("bool", lambda: np.clip(np.full((3, 2), True), -1, 1))
show("bool out", lambda: np.clip(np.full((3, 2), True), -1, 1, out=np.full((3, 2), True)))
show("shapes lo", lambda: np.clip(np.ones((2, 3)), np.zeros((3, 2)), 1))
show("shapes hi", lambda: np.clip(np.ones((2, 3)), 0, np.zeros((3, 2))))
show("shapes both", lambda: np.clip(np.ones((2, 3)), np.zeros(2), np.ones(4)))
show("out int", lambda: np.clip(np.ones(3), 0, 1, out=np.zeros(3, dtype=int)))
show("ints float bound", lambda: np.clip(np.arange(3), 0.5, 1))
