import numpy as np
with np.errstate(over="ignore", divide="ignore"):
    print(np.exp(np.array([700.0, 709.0, 710.0, -745.0, -746.0])))
    print(np.log(np.array([1e-300, 1e300, 0.0])))
print(np.exp(np.array([1e-10, -1e-10])), np.log(np.array([1 + 1e-10])))
print(1 / (1 + np.exp(-np.array([-50.0, 50.0, 800.0]))) if False else 1 / (1 + np.exp(-np.array([-50.0, 50.0]))))
x = np.array([1000.0, 1000.5])
print(np.log(np.sum(np.exp(x - x.max()))) + x.max())
