# '%' formatting with a mapping-like argument (anything with __getitem__) does not complain about unused arguments
import numpy as np
class G:
    def __getitem__(self, k): return 7
class H:
    pass
print("x" % G(), "x" % [1], "%(a)s" % G(), "%s" % G().__class__.__name__, "%s" % np.array([1, 2]), "x" % np.array([1, 2]))
print("%d items" % np.int64(3), "%.2f" % np.float64(2.5), "%s" % (np.array([1.5]),))
try:
    print("x" % H())
except TypeError as e:
    print(e)
try:
    print("%s %s" % G())
except TypeError as e:
    print(e)
