import numpy as np
print(repr(np.fromiter(range(5), float)), repr(np.fromiter((x*x for x in range(5)), dtype=np.int32, count=3)))
print(repr(np.fromiter([], float)), np.fromiter(iter([0.5, 1.5]), np.float32))
squares = np.fromiter((i ** 2 for i in range(6)), dtype=int)
print(squares, squares.dtype, squares.shape)
lengths = np.fromiter(map(len, ["I", "am", "a", "cat"]), dtype=np.int64)
print(lengths, lengths.sum())
for f in [lambda: np.fromiter(range(3), float, count=5), lambda: np.fromiter(range(3)), lambda: np.fromiter(range(3), None), lambda: np.fromiter(3, float), lambda: np.fromiter(['a'], float), lambda: np.fromiter(range(3), float, count=-2), lambda: np.fromiter([(1,2)], float), lambda: np.fromiter([1.5,2], 'i8'),lambda: np.fromiter(['ab','c'], 'U'), lambda: np.fromiter([1, 'x'], object), lambda: np.fromiter(range(3), 'i1', 'x'), lambda: np.fromiter([300], 'i1'), lambda: np.fromiter([True, 2], bool), lambda: np.fromiter(3, float, -2),
 lambda: np.fromiter([np.array([1])], float), lambda: np.fromiter([np.array(2.5)], float), lambda: np.fromiter([[1,2]], object), lambda: np.fromiter(['ab','c'], 'U2'), lambda: np.fromiter(['abc','c'], 'U2'), lambda: np.fromiter([1,2], 'U'), lambda: np.fromiter(range(5), int, 0), lambda: np.fromiter(range(5), int, 2.0), lambda: np.fromiter(range(5), dtype=int, count=True), lambda: np.fromiter(range(3), 'f4', like=None), lambda: np.fromiter(range(3), 'f4', like=np.ones(2)), lambda: np.fromiter(iter([1,2]), np.float16), lambda: np.fromiter({1:2, 3:4}, int), lambda: np.fromiter('abc', 'U1'), lambda: np.fromiter(range(3), 'xyz'), lambda: np.fromiter((i for i in [1,None]), float), lambda: np.fromiter([1,None], int), lambda: np.fromiter([2**70], float), lambda: np.fromiter([-1], np.uint8), lambda: np.fromiter([np.float64(1.5)], np.float32), lambda: np.fromiter([1, 2], object, 1), lambda: np.fromiter(x for x in ()), lambda: np.fromiter(), lambda: np.fromiter(range(2), int, 1, 2), lambda: np.fromiter(range(4), np.uint8, count=2), lambda: np.fromiter([1, 2.5], np.int16)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
    raise KeyError("boom")
try:
    np.fromiter(gen(), int)
except KeyError as e:
    print("KeyError", e)
g = iter(range(10))
print(np.fromiter(g, int, 3), next(g))
