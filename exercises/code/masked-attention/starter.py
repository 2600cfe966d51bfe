def softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)


def attention(Q, K, V, mask):
    """Scaled dot-product attention. mask[t, s] is True where query t must not attend to key s."""
    d_k = ____
    scores = ____
    scores = np.where(mask, ____, scores)
    weights = softmax(scores)
    return ____, weights


out, weights = attention(Q, K, V, mask)
