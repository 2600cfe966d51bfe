# Always rescales to norm = threshold, so small gradients are blown up too.
def gradient_clipping(grad, threshold):
    norm = np.linalg.norm(grad)
    rate = threshold / norm
    return grad * rate
