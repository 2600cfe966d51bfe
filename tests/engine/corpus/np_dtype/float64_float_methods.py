import numpy as np
a = np.array([2.5, 0.1, -3.75, 1e300, 5e-324])
for v in [a[0], a[1], a[2], a[3], a[4], np.float64(2.5), np.float64(-0.0), (a * 3)[1]]:
    print(type(v).__name__, v.hex(), float.hex(v), v.as_integer_ratio(), float.as_integer_ratio(v))
for v in [np.float64('nan'), np.float64('inf'), np.float64('-inf'), float('nan'), float('inf')]:
    print(v.hex())
    try: print(v.as_integer_ratio())
    except Exception as e: print(type(e).__name__, e)
