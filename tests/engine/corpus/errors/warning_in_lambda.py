# corpus: traceback
# a warning raised inside a lambda names the lambda's line (each location once, as Python's default filter)
import numpy as np
big = np.full(4, 300.0, np.float16)
f = lambda: big * big
f()
def g():
    return big * big
g()
h = lambda x: x * x
print(h(big))
print(np.dot(big, big))
