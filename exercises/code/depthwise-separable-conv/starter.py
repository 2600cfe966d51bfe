def depthwise_conv(x, w):
    """Depthwise convolution (stride 1, no padding): channel c is filtered by w[c] alone."""
    C, H, W = x.shape
    K = w.shape[-1]
    OH, OW = ____
    out = np.zeros((C, OH, OW))
    for c in range(C):
        for i in range(OH):
            for j in range(OW):
                out[c, i, j] = ____
    return out


def pointwise_conv(y, p):
    """1 x 1 convolution: output channel n is the sum over c of p[n, c] * y[c]."""
    C, OH, OW = y.shape
    return (p @ y.reshape(C, OH * OW)).reshape(p.shape[0], OH, OW)


depthwise = depthwise_conv(x, w_dw)
out = pointwise_conv(depthwise, w_pw)
OH, OW = depthwise.shape[1], depthwise.shape[2]
# multiply-adds of the two steps, and of a standard K x K convolution from C to N channels
madds_separable = ____
madds_standard = ____
