# integer results have no -0: a float cast to int, negation, floor division, cumprod, then back to float
import numpy as np
z = np.array([0, 3, -2])
for r in [np.array([-0.4, 0.5, -3.7]).astype(np.int64), -z, np.negative(z), z // -3, np.cumprod(np.array([0, -1])), z * -1, z % -3]:
    print(repr(r), repr(r.astype(np.float64)), np.copysign(1.0, r.astype(np.float64)))
print(float(np.int64(-0.3)), float(int(np.float64(-0.3))), np.int64(-0.3) / 1)
