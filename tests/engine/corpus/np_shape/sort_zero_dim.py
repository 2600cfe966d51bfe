# sort/argsort of a 0-d array: sort names the axis it was given; argsort sorts it as a 1-element 1-d array
import numpy as np

for f in [np.sort, np.argsort]:
    for ax in [0, -1, 1, None]:
        try:
            print(f(np.array(True), axis=ax))
        except Exception as e:
            print(type(e).__name__, e)
for call in [lambda: np.array(3.0).sort(), lambda: np.array(3.0).sort(axis=0), lambda: np.array(3).argsort(axis=2)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(np.sort(np.array(2), axis=None), np.array(3).argsort(), np.array([[3, 1]]).argsort(axis=0))
