# Forgets the threshold: rescales to norm 1 (right only when threshold == 1.0).
def gradient_clipping(grad, threshold):
    norm = np.linalg.norm(grad)
    rate = 1 / norm
    if rate < 1:
        return grad * rate
    return grad
