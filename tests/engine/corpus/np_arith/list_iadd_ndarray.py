# list += ndarray is ndarray.__radd__ (CPython tries the reflected method before list's in-place concat)
import numpy as np
lst = [1, 2]; lst += np.array([1., 2.]); print(type(lst).__name__, lst)
t = (1, 2); t += np.array([1, 2]); print(type(t).__name__, t)
print([1, 2] + np.array([1., 2.]), (1, 2) + np.array([3, 4]))
print([1, 2] * np.int64(2), np.int64(2) * [1, 2], [1, 2] * 2)
lst = [1, 2]; lst *= np.int64(2); print(lst)
print([1, 2] + np.float64(1.0) if False else "skip")
lst = [1, 2]; lst += [np.float64(3)]; print(lst)
lst = [1, 2]; lst.extend(np.array([5, 6])); print(lst)
s = "ab"; 
try:
    s += np.array(["c"]); print(s, type(s))
except Exception as e: print(type(e).__name__, e)
lst = [np.zeros(2)]; lst += [np.ones(2)]; print(lst)
lst = [[1, 2]]; lst += np.array([[3, 4]]); print(lst)
class R:
    def __radd__(self, o): return ("radd", o)
    def __rmul__(self, o): return ("rmul", o)
class N:
    def __radd__(self, o): return NotImplemented
    def __iter__(self): return iter([7])
lst = [1]; lst += R(); print(lst)
lst = [1]; lst *= R(); print(lst)
lst = [1]; lst += N(); print(lst)
lst = [1]; lst += (2, 3); lst += range(2); lst += "ab"; print(lst)
lst = [1]; lst *= 3; print(lst)
try:
    lst = [1]; lst *= 2.0
except TypeError as e: print(e)
try:
    lst = [1]; lst += 5
except TypeError as e: print(e)
lst = [1.0]; lst += np.float64(2.0) if False else [2]; print(lst)
try:
    lst = [1]; lst += np.float64(2.0)
except TypeError as e: print(e)
print(lst)
lst = [1]; lst *= np.int64(2); print(lst)
lst = [1]; lst *= True; print(lst)
for v in [None, "a", np.float64(2.0), np.array(2)]:
    try:
        lst = [1]; lst *= v; print(lst)
    except TypeError as e: print(e)
