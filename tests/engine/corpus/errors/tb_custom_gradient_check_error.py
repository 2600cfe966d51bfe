# corpus: traceback
import numpy as np

class GradientCheckError(Exception):
    pass

def check(name, num, ana, tol=1e-7):
    diff = np.max(np.abs(num - ana))
    if diff > tol:
        raise GradientCheckError(f"{name}: max diff {diff:.2e} > {tol}")
    print(name, "ok")

check("W1", np.array([1.0, 2.0]), np.array([1.0, 2.0]))
check("b1", np.array([1.0, 2.0]), np.array([1.0, 2.5]))
