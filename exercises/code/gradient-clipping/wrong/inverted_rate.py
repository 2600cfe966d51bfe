# Computes the rate upside down (norm / threshold).
def gradient_clipping(grad, threshold):
    norm = np.linalg.norm(grad)
    rate = norm / threshold
    if rate < 1:
        return grad * rate
    return grad
