# `a and b`, `a or b` and a chained comparison return their last operand / comparison as it is, never asking its truth value
import numpy as np
r = [1] and np.array([1, 2])
print(r)
print([] or np.array([5, 6]))
print(0 and np.array([1, 2]), 1 and 0 and np.array([1]))
print(list(v for v in [1] and np.array([3, 4])))
print(0 < 1 < np.array([0, 2]))
x = np.array([1, 5])
print(2 > 1 < x)
def g():
    yield ([1] and np.array([7, 8]))
    yield (0 < 1 < np.array([0, 2]))
    yield (0 or (yield 3) or np.array([9]))
print(list(g()))
class T:
    def __bool__(self):
        print("bool called"); return True
t = T()
y = 1 and t
print(type(y).__name__)
z = t or 1
print(type(z).__name__)
print(1 < 2 < 3, 1 < 3 < 2)
