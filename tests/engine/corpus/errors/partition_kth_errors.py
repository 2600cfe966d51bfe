# np.partition's kth checks: out of bounds (negative kth reported after adding the length), booleans, floats
import numpy as np

a = np.arange(6)
for kth in (6, -7, (1, 6), True, 1.5, []):
    try:
        np.partition(a, kth)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    np.partition(a, 1, kind="quicksort")
except ValueError as e:
    print(e)
try:
    np.partition(np.array(3), 0)
except Exception as e:
    print(type(e).__name__, e)
np.argpartition(a.reshape(2, 3), 7)
