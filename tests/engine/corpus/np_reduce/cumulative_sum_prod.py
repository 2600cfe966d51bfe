import numpy as np
a=np.arange(1,7).reshape(2,3)
print(repr(np.cumulative_sum([1,2,3])), repr(np.cumulative_sum(a, axis=1, include_initial=True)), repr(np.cumulative_prod(a, axis=0, dtype=float)), repr(np.cumulative_sum(5)), repr(np.cumulative_sum(np.array([1,2],np.int8))), repr(np.cumulative_prod([], include_initial=True)), repr(np.cumulative_sum([True, True])), repr(np.cumulative_sum(np.float32([0.1,0.2,0.3]), include_initial=True)))
print(repr(np.cumulative_sum(a, axis=-2, include_initial=True)), repr(np.cumulative_prod(a, axis=1, include_initial=True, dtype=np.float32)))
x = np.array([0.1, 0.2, 0.3, 0.4])
print(np.cumulative_sum(x), np.cumsum(x), np.cumulative_sum(x)[-1] == x.sum())
print(np.cumulative_sum(np.ones((2, 2, 2)), axis=2, include_initial=False).shape, np.cumulative_prod(np.full(3, 2), include_initial=False))
for f in [lambda: np.cumulative_sum(a), lambda: np.cumulative_sum(a, axis=2), lambda: np.cumulative_sum(a, 1), lambda: np.cumulative_sum(x=a), lambda: np.cumulative_sum([1], foo=2), lambda: np.cumulative_sum(), lambda: np.cumulative_prod(a, axis=(0, 1))]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
