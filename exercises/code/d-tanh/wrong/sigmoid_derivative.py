# Confuses tanh with the sigmoid: y (1 - y).
def d_tanh(x):
    """Derivative of tanh with respect to its input x (elementwise)."""
    return np.tanh(x) * (1 - np.tanh(x))
