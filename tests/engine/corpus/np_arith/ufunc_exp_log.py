import numpy as np
x = np.array([-2.0, -1.0, 0.0, 0.5, 1.0, 2.0])
print(np.exp(x))
print(np.exp(np.array([0, 1, 2])))
print(np.log(np.array([1, np.e, 10, 100])))
print(np.log10([1, 10, 1000]), np.log2([1, 2, 8]), np.log1p([0, 1e-10]), np.expm1([0, 1e-10]))
with np.errstate(divide="ignore", invalid="ignore"):
    print(np.log(np.array([0.0, -1.0])))
print(np.exp(710.0) if False else "skip", np.exp(np.array([1000.0, -1000.0])) if False else "skip2")
