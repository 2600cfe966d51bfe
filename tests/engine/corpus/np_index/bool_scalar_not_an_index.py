# NumPy 2: np.bool_ has no __index__: it is not a list index, a range bound, a slice bound or a shape
import numpy as np, operator
t = np.True_
print(hasattr(t, '__index__'))
for f in [lambda: operator.index(t), lambda: range(t), lambda: [1, 2][t], lambda: 'ab' * t, lambda: np.arange(t), lambda: np.zeros(t), lambda: np.ones(3)[t], lambda: int(t), lambda: hex(t), lambda: [1,2,3][t:], lambda: np.arange(5)[np.int64(1):np.True_], lambda: np.zeros((2, t)), lambda: bin(t), lambda: np.arange(4).reshape(t, 4), lambda: np.ones(4)[:np.True_]]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
