# Clips by dividing by the rate: the gradient grows instead of shrinking.
def gradient_clipping(grad, threshold):
    norm = np.linalg.norm(grad)
    rate = threshold / norm
    if rate < 1:
        return grad / rate
    return grad
