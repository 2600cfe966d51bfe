import numpy as np
print(repr(np.asanyarray([1,2])), repr(np.asanyarray([1,2], float)))
a=np.arange(3); print(np.asanyarray(a) is a, np.asanyarray(a, dtype=a.dtype) is a, repr(np.asanyarray(3)), repr(np.asanyarray((1.5,2), 'f4')))
b = np.asanyarray([[1, 2], [3, 4]], order='F'); print(b.flags['F_CONTIGUOUS'], repr(np.asanyarray(np.float32(2.5))), repr(np.asanyarray([True, 0])))
print(repr(np.asanyarray(np.arange(4.0).reshape(2, 2).T, order='C')), np.asanyarray(a, dtype=float) is a)
for f in [lambda: np.asanyarray(), lambda: np.asanyarray([1], 'xyz'), lambda: np.asanyarray([1], float, 'Q'), lambda: np.asanyarray([1],float,'C',1), lambda: np.asanyarray([1], foo=1), lambda: np.asarray(), lambda: np.asarray([1], foo=1), lambda: np.asarray([1],float,'C',1), lambda: np.asanyarray([[1, 2], [3]])]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
print(np.iterable([1]), np.iterable(3), np.iterable('ab'), np.iterable(np.float64(2)), np.iterable(np.array(2)), np.iterable(np.arange(2)), np.iterable(range(0)), np.iterable({}), np.iterable(None), np.iterable((x for x in [])), np.iterable(np.int32))
class A:
    def __iter__(self):
        raise ValueError("boom")
try:
    np.iterable(A())
except ValueError as e:
    print("ValueError", e)
class B:
    def __getitem__(self, i):
        raise IndexError
print(np.iterable(B()))
for f in [lambda: np.iterable(), lambda: np.iterable(1, 2), lambda: np.iterable(x=1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(np.intc, np.uint, np.uintp, np.intc(3), repr(np.uint(5)), np.dtype(np.intc), np.zeros(2, np.uintp).dtype)
