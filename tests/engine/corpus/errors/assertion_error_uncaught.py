import numpy as np
grad = np.array([1.0, 2.0])
assert grad.shape == (2,), "bad shape"
assert np.all(grad < 1.5), "gradient too large"
