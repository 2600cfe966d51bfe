def d_tanh(x):
    """Derivative of tanh with respect to its input x (elementwise)."""
    return ____
