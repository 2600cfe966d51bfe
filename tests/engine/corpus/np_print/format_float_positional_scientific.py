# np.format_float_positional / np.format_float_scientific (unique mode, precision cutoff, trim, sign)
import numpy as np
f=np.format_float_positional; g=np.format_float_scientific
print(f(np.float64(0.1), precision=3), f(1.0), f(1.0, trim='0'), f(1.0, trim='-'), f(1.0, trim='.'), f(0.30000000000000004, precision=3), f(np.float32(0.1)), f(123.456, precision=1), f(-0.0), f(np.nan), f(-np.inf), f(2.5, sign=True), f(1e20), f(1e-7), f(0.5, precision=0), f(1.5, precision=0), f(np.float16(0.1)))
print(g(np.float64(12345.0), precision=2), g(1.0), g(1.0, trim='0'), g(1.0, trim='-'), g(0.000123), g(1e100), g(np.float32(3.3)), g(-2.5e-10, precision=1), g(0.0), g(np.inf), g(1.0, sign=True), g(9.99, precision=1))
print(f(1.0001, precision=2), f(0.1299, precision=3), f(0.10096, precision=4), f(np.inf, sign=True), f(np.nan, sign=True), f(0.0, sign=True), f(np.int64(3)), f(True), f(np.float32(16777216.5)), f(1e16), f(np.float32(1e10)))
print(g(1.0001, precision=2), g(0.1299, precision=2), g(123456789.0), g(1.5e-300), g(np.float16(0.1)), g(np.nan), g(-0.0), g(1.2345, precision=0), g(np.float32(0.1)), g(0.3, precision=5))
print(repr(f(np.float64(2.0), precision=3, trim='-')), f(1.25, precision=1), f(1.35, precision=1), f(2.675, precision=2), f(9.99, precision=1), f(0.00999, precision=2), f(99.96, precision=1, trim='0'))
print(g(0.0999, precision=1), g(1e-5, precision=3, trim='0'), f(np.float32(0.3), precision=10), g(np.float32(1/3), precision=4), f(3))
for bad in [lambda: f(3), lambda: f('a'), lambda: f(1.0, precision=-1), lambda: f(1.0, trim='x'), lambda: g(3), lambda: f(None)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
