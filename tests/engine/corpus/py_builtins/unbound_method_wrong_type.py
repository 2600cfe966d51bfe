for f in [lambda: str.upper(5), lambda: list.append((1,), 2), lambda: dict.keys([1]), lambda: str.join(1, ["a"])]:
  try: f()
  except Exception as e: print(type(e).__name__, e)
print(str.upper("a"), int.bit_length(True), list.__len__([1]), dict.get({1:2}, 1), float.is_integer(2.0))
import numpy as np
print(np.ndarray.sum(np.ones(3)))
class D(dict): pass
print(dict.keys(D(a=1)))
from collections import OrderedDict
print(dict.keys(OrderedDict(a=1)))
