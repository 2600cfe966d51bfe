# in-place and out= ufuncs whose operands do not broadcast: NumPy lists the output operand's shape too
import numpy as np

W = np.zeros((3, 4))
dW = np.ones((4, 3))
cases = [
    lambda: W.__isub__(0.1 * dW),
    lambda: np.add(np.ones(3), np.ones(2), out=np.zeros(3)),
    lambda: np.add(np.ones(3), 1, out=np.zeros(2)),
    lambda: np.add(1, np.ones(3), out=np.zeros(2)),
    lambda: np.add(np.ones((2, 3)), np.ones(3), out=np.zeros(3)),
    lambda: np.add(np.ones((2, 3)), np.ones(3), out=np.zeros((1, 3))),
    lambda: np.add(np.ones((2, 3)), np.ones(3), out=np.zeros(5)),
    lambda: np.less(np.ones((2, 3)), np.ones(4), out=np.zeros((2, 3), bool)),
    lambda: np.add(np.ones(3, np.float16), np.ones(4, np.float16), out=np.zeros(3, np.float16)),
    lambda: np.add(np.ones(3), np.ones(4), out=np.zeros(3, int)),
    lambda: np.add(np.ones((2, 3)), np.ones(3), out=np.zeros((4, 2, 3))).shape,
]
for f in cases:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = np.zeros((2, 3))
g = np.ones((3, 2))
for i in range(2):
    x[i] += g[i]
