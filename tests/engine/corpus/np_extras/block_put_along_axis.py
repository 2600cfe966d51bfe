import numpy as np

A = np.eye(2) * 2
B = np.eye(3) * 3
print(repr(np.block([[A, np.zeros((2, 3))], [np.ones((3, 2)), B]])))
print(repr(np.block([1, 2, 3])), repr(np.block([np.array([1, 2]), 3.5])), repr(np.block([[1, 2], [3, 4]])))
print(repr(np.block([[np.array([1, 2])], [np.array([3, 4])]])), repr(np.block(np.array([1, 2]))), repr(np.block(5)))
print(repr(np.block([[[np.ones((1, 1, 2))], [np.zeros((1, 1, 2))]]])), np.block([np.ones((2, 2), np.float32), np.ones((2, 1), int)]).dtype)
print(repr(np.block([[np.arange(3)], [np.arange(3, 6)]])), repr(np.block([np.array([[True]]), np.array([[False]])])))
for f in [lambda: np.block([[1, 2], 3]), lambda: np.block([[A], B]), lambda: np.block([]), lambda: np.block([[], [1]]),
          lambda: np.block((A, B)), lambda: np.block([A, (1, 2)]), lambda: np.block([[A, B]]), lambda: np.block([[A], [B]]),
          lambda: np.block([[[1]], [2, [3]]])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = np.array([[10, 30, 20], [60, 40, 50]])
ai = np.argmax(a, axis=1, keepdims=True)
np.put_along_axis(a, ai, 99, axis=1)
print(a)
b = np.arange(12.0).reshape(3, 4)
np.put_along_axis(b, np.array([[0, 2, 1, 0]]), np.array([[-1.5, -2.5, -3.5, -4.5]]), 0)
print(b)
c = np.zeros((2, 3), dtype=np.int32)
np.put_along_axis(c, np.array([[0, -1], [1, 1]]), np.array([[7.9], [8.2]]), axis=1)
print(c, c.dtype)
d = np.zeros((2, 3))
print(np.put_along_axis(d, np.array([1, 0, 5]), np.array([5, 6, 7]), None), d)
e = np.zeros((1, 3))
np.put_along_axis(e, np.array([[0], [1]]), 7, 1)
print(e)
g = np.zeros((2, 2, 3), bool)
np.put_along_axis(g, np.array([[[2]], [[0]]]), True, -1)
print(g)
x = np.arange(12).reshape(3, 4)
for f in [lambda: np.put_along_axis(x, np.zeros((2, 4), int), 1, 1), lambda: np.put_along_axis(x, np.zeros((3, 2), int), np.ones(3), 1),
          lambda: np.put_along_axis(x, np.array([[5]]), 1, 1), lambda: np.put_along_axis(x, np.array([[-5]]), 1, 0),
          lambda: np.put_along_axis(x, np.array([[1]]), 1, 2), lambda: np.put_along_axis([1, 2], np.array([1]), 1, 0),
          lambda: np.put_along_axis(x, np.array([1.0]), 1, 0), lambda: np.put_along_axis(x, np.array([[1]]), np.ones((2, 2, 2)), 0),
          lambda: np.put_along_axis(x, np.array([1]), 1, 0), lambda: np.put_along_axis(x, np.array([[1]]), 1, None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
nc = np.arange(6).reshape(2, 3)[:, ::2]
for f in [lambda: np.put_along_axis(nc, np.array([9]), 5, None), lambda: np.put_along_axis(nc, np.array([1.5]), 5, None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
o = np.array([[1, 2]], dtype=object)
np.put_along_axis(o, np.array([[1, 0]]), [[None, 3]], 1)
print(repr(o), repr(np.block([[np.array([1], dtype=object)], [np.array([2])]])))
