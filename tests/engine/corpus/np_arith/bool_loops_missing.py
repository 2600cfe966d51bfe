# ufuncs without a bool loop raise UFuncTypeError (a TypeError); the - operator on booleans is a plain TypeError
import numpy as np

b = np.array([True, False])
for name, f in [("neg", lambda: -b), ("pos", lambda: +b), ("sign", lambda: np.sign(b)), ("sub", lambda: b - True), ("positive", lambda: np.positive(b))]:
    try:
        f()
    except TypeError as e:
        print(name, type(e).__name__, isinstance(e, TypeError), e)
