# floatmode and sign in set_printoptions / printoptions / array2string, nanstr and infstr, float32's exponent cutoff
import numpy as np

vals = [np.array([0.1, 1 / 3, 2.0]), np.array([0.5, 0.25]), np.array([1e-9, 1.5]), np.array([0.1, 12.0, 1e-9]),
        np.array([np.nan, -np.inf, 0.5]), np.array([-0.0, 0.0, 1.0]), np.array([1.23456789e10, 3.0]),
        np.array([[1.5, -2.25], [100.0, 0.125]]), np.array([0.0]), np.array([1, -2, 30]), np.array([True, False])]
for mode in ["fixed", "unique", "maxprec", "maxprec_equal"]:
    for precision in [0, 2, 4, 8]:
        np.set_printoptions(floatmode=mode, precision=precision)
        print(mode, precision, *vals)
np.set_printoptions(floatmode="maxprec", precision=8)
for sign in ["+", " ", "-"]:
    np.set_printoptions(sign=sign)
    print(repr(sign), *vals, repr(np.array([1.5, 2.0])), np.array(1.5), repr(np.array(2.5)), np.array([np.nan]), np.array([np.inf, 2.0]))
np.set_printoptions(sign="-", nanstr="NaN", infstr="Inf")
print(np.array([np.nan, -np.inf, 0.5]), np.array([np.inf]))
np.set_printoptions(nanstr="nan", infstr="inf")
with np.printoptions(precision=2, sign="+"):
    print(np.array([1 / 3, -2.0]))
print(np.array([1 / 3]))
print(np.array2string(np.array([1.5, -2.0]), sign="+", floatmode="fixed", precision=2))
print(np.array2string(np.arange(2000.0), threshold=5, edgeitems=2))
print(np.array2string(np.array([1.0, 2.0]), suffix=")" * 70))
f32 = np.float32
print(np.array([1e7], dtype=f32), np.array([1e6, 2.5], dtype=f32), np.array([999999.0], dtype=f32), np.array([1e7, 1.0]))
print(np.get_printoptions())
for bad in [dict(floatmode="exact"), dict(sign="x")]:
    try:
        np.set_printoptions(**bad)
    except ValueError as e:
        print("ValueError:", e)
