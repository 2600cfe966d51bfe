# Restores x[idx] to tmp - h: the entry stays shifted for every later evaluation.

def numerical_gradient(f, x):
    """Central-difference gradient of f at x (any shape). x is changed in place and restored."""
    h = 1e-4
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=['multi_index'])
    while not it.finished:
        idx = it.multi_index
        tmp = x[idx]
        x[idx] = tmp + h
        fxh1 = f(x)
        x[idx] = tmp - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp - h       # restore the original value
        it.iternext()
    return grad


def relative_error(g1, g2):
    """Largest elementwise relative difference |g1 - g2| / max(1e-8, |g1| + |g2|)."""
    return np.max(np.abs(g1 - g2) / np.maximum(1e-8, np.abs(g1) + np.abs(g2)))


def loss(W):
    """Half the mean squared error of a linear model X W against T."""
    return 0.5 * np.sum((np.dot(X, W) - T) ** 2) / X.shape[0]


def analytic_gradient(W):
    return np.dot(X.T, np.dot(X, W) - T) / X.shape[0]


def buggy_gradient(W):
    return np.dot(X.T, np.dot(X, W) - T)        # forgets the 1/N of the mean


grad_numerical = numerical_gradient(loss, W)
error_good = relative_error(grad_numerical, analytic_gradient(W))
error_buggy = relative_error(grad_numerical, buggy_gradient(W))
check_good = bool(error_good < 1e-6)
check_buggy = bool(error_buggy < 1e-6)
