# Multiplies by tanh instead of its derivative 1 - tanh^2 (a mistake copied from some course notes).
def bptt(xs, s, W, U, dL_ds):
    T = len(s) - 1
    dW = np.zeros_like(W)
    dU = np.zeros_like(U)
    delta_t = dL_ds * s[T]
    for t in range(T, 0, -1):
        dW += np.outer(delta_t, xs[t])
        dU += np.outer(delta_t, s[t - 1])
        delta_t = delta_t.dot(U)
        if t > 1:
            delta_t = delta_t * s[t - 1]
    return dW, dU, delta_t

dW, dU, delta_0 = bptt(xs, s, W, U, dL_ds)
