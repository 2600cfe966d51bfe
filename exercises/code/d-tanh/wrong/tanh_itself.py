# Returns tanh itself instead of its derivative (a slip found in some course notes).
def d_tanh(x):
    """Derivative of tanh with respect to its input x (elementwise)."""
    return np.tanh(x)
