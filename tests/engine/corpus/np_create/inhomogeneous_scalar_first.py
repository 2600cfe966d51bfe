import numpy as np
for f in [lambda: np.array([1, [2]]), lambda: np.array([[1], 2]), lambda: np.array([1.5, [2, 3]]), lambda: np.array([0.0, (3,)]), lambda: np.array([0.0, np.array([3])]),lambda: np.array([0.0, np.array(3)])]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
for f in [lambda: np.array([[1],[[2]]]), lambda: np.array([[1, 2], [3, [4]]]), lambda: np.array([[1, 2], [3, 4]]), lambda: np.array([1, np.array([2, 3])]), lambda: np.array([np.float64(1), (2,)]), lambda: np.array([1, [2]], dtype=object), lambda: np.array([[1], 2], dtype=float), lambda: np.array([1, [2]], dtype=np.int32), lambda: np.array([np.array(1), 2]), lambda: np.array([True, [False]])]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
