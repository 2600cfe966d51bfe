# corpus: traceback
import numpy as np
for i in range(3):
    r = np.array([1.0, 0.0]) / np.array([0.0, 0.0])
    print(i, r)
def f(v):
    return np.log(v)
print(f(0.0), f(np.array([0.0])))
print(np.exp(np.array([1000.0])), np.exp(np.array([1000.0])))
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(np.log(np.zeros(2)))
warnings.warn("custom learner warning")
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("user thing", UserWarning)
