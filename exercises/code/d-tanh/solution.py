def d_tanh(x):
    """Derivative of tanh with respect to its input x (elementwise)."""
    return 1 - np.tanh(x) ** 2
