# NumPy 2's exception classes: their names, modules and what a traceback calls them
import numpy as np

a = np.arange(6).reshape(2, 3)
try:
    a.sum(axis=2)
except np.exceptions.AxisError as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, ValueError), isinstance(e, IndexError), e)
try:
    np.linalg.inv(np.ones((2, 2)))
except np.linalg.LinAlgError as e:
    print(type(e).__name__, type(e).__module__, e)
try:
    a += 0.5
except TypeError as e:
    print(type(e).__name__, type(e).__qualname__, e)
print(np.exceptions.AxisError, np.linalg.LinAlgError)
a -= 1.5
