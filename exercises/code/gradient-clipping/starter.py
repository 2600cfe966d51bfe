def gradient_clipping(grad, threshold):
    norm = np.linalg.norm(grad)
    rate = ____
    if rate < 1:
        return ____
    return grad
