def bptt(xs, s, W, U, dL_ds):
    T = len(s) - 1
    dW = np.zeros_like(W)
    dU = np.zeros_like(U)
    delta_t = dL_ds * (1 - s[T] ** 2)      # error at the pre-activation of step T
    for t in range(T, 0, -1):
        dW += ____
        dU += np.outer(delta_t, s[t - 1])
        delta_t = ____                      # error reaching s[t - 1]
        if t > 1:
            delta_t = delta_t * (1 - s[t - 1] ** 2)
    return dW, dU, delta_t

dW, dU, delta_0 = bptt(xs, s, W, U, dL_ds)
