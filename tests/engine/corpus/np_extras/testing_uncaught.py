import numpy as np

np.random.seed(0)
W = np.random.randn(3, 2)
x = np.array([[1.0, 2.0, 3.0]])
out = x @ W
np.testing.assert_allclose(out, x @ W)
print("forward ok")
grad = np.ones_like(W)
np.testing.assert_allclose(grad, np.full((3, 2), 1.0 + 1e-3), rtol=1e-5, err_msg="dW")
print("not reached")
