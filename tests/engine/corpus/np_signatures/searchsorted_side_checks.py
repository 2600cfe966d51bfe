# searchsorted's side= is checked as NumPy's converter does: a non-str (None included) is a TypeError, another
# string a ValueError (its message depends on whether it starts like 'left'/'right'); both the function and the method.
import numpy as np

a = np.array([1, 2, 2, 3])
print(np.searchsorted(a, 2), np.searchsorted(a, 2, "right"), a.searchsorted(2, side="right"))
for side in [1, None, "x", "l", "Right", "left ", ""]:
    for f in (lambda s: np.searchsorted(a, 2, s), lambda s: a.searchsorted(2, s)):
        try:
            print(repr(side), f(side))
        except (TypeError, ValueError) as e:
            print(repr(side), type(e).__name__, e)
try:
    np.searchsorted(10**50, 10**50, 10**50)
except TypeError as e:
    print("TypeError", e)
