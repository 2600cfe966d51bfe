# Uses the formula in terms of the output (1 - y^2) but applies it to the input x.
def d_tanh(x):
    """Derivative of tanh with respect to its input x (elementwise)."""
    return 1 - x ** 2
