# For corpus programs about NumPy's floating-point warnings: a call's result (or its error) and the warnings it gave.
import warnings


def t(label, f):
    # the result (or the error) and the warnings it gave, each shown
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
    print(label, repr(r), [f"{x.category.__name__}: {x.message}" for x in w])
