import numpy as np
L=np.linalg
b=np.arange(12).reshape(2,2,3)
tests = [lambda: L.vector_norm(b), lambda: L.vector_norm(b, axis=(0,2)), lambda: L.vector_norm(b, axis=(-1,0), keepdims=True), lambda: L.vector_norm(b, axis=1, ord=1),
 lambda: L.vector_norm(np.float32([3,4])), lambda: L.vector_norm(5), lambda: L.vector_norm(b, keepdims=True), lambda: L.vector_norm(b, axis=[0,1]), lambda: L.vector_norm(b,1),
 lambda: L.vector_norm(b, ord='fro'), lambda: L.vector_norm(b, axis=3), lambda: L.vector_norm(b, axis=(0,0)), lambda: L.vector_norm(b, ord=0), lambda: L.vector_norm(b, ord=np.inf, axis=2), lambda: L.vector_norm(b+1, ord=-1),
 lambda: L.matrix_norm(b), lambda: L.matrix_norm(b, ord=1), lambda: L.matrix_norm(b, ord=np.inf, keepdims=True), lambda: L.matrix_norm(np.arange(3)), lambda: L.matrix_norm(b, ord='bad'), lambda: L.matrix_norm(b, ord=2), lambda: L.matrix_norm(b, ord='nuc'), lambda: L.matrix_norm([[1,2],[3,4]]), lambda: L.vector_norm([]), lambda: L.vector_norm(b, axis=1.0), lambda: L.matrix_norm(x=b), lambda: L.vector_norm(b, ord=3, axis=-1, keepdims=True), lambda: L.vector_norm(b, axis=()),
 lambda: L.vector_norm(), lambda: L.vector_norm(b, foo=1), lambda: L.matrix_norm(np.float32([[1,2],[3,4]])), lambda: L.vector_norm(np.float32([[1,2],[3,4]]), axis=0, keepdims=True), lambda: L.vector_norm(b, axis=-1, keepdims=True).shape, lambda: L.matrix_norm(np.ones((2,3,4)), ord=-1, keepdims=True).shape, lambda: L.vector_norm(np.array([1,2,3],dtype=np.int8)), lambda: L.vector_norm(b, axis=(2, 0, 1))]
for f in tests:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
x = np.random.default_rng(0).standard_normal((3,4))
print(L.vector_norm(x, axis=1), L.norm(x, axis=1))
print(L.vector_norm(x) == L.norm(x), L.vector_norm(x), L.norm(x))
