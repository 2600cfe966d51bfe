# str() and repr() of np.finfo / np.iinfo, and finfo's other parameters
import numpy as np
for t in [np.float16, np.float32, np.float64]:
    print(np.finfo(t)); print(repr(np.finfo(t)))
    fi = np.finfo(t); print(fi.machep, fi.negep, fi.minexp, fi.maxexp, fi.nexp, fi.epsneg, fi.smallest_subnormal, fi.iexp, fi.nmant)
for t in [np.uint8, np.int64, np.uint64, np.int16, np.int8]:
    print(np.iinfo(t)); print(repr(np.iinfo(t)))
print(type(np.finfo(np.float32)).__name__, type(np.iinfo(np.int8)), np.finfo(np.float32).max, np.finfo(float).eps)
print(np.iinfo(np.int8).min, np.finfo(np.float32).eps, np.finfo(np.float64).max, np.finfo(np.float32).tiny, np.iinfo('uint8').bits)
