# corpus: traceback
# PEP 678 notes: add_note() (a str only), __notes__, and the notes printed under an uncaught error's message
import numpy as np
try:
    raise ValueError("x")
except ValueError as e:
    try:
        e.add_note(3)
    except TypeError as t:
        print(t)
    e.add_note("a")
    e.add_note("b")
    print(e.__notes__)
print(hasattr(ValueError("z"), "__notes__"))
def check(W):
    try:
        return W @ np.ones(3)
    except ValueError as err:
        err.add_note(f"W has shape {W.shape}; expected (n, 3)")
        raise
check(np.ones((2, 4)))
