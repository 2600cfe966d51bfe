def softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)


def attention(Q, K, V, mask):
    """Scaled dot-product attention. mask[t, s] is True where query t must not attend to key s."""
    d_k = Q.shape[-1]
    scores = Q @ K.T / np.sqrt(d_k)
    scores = np.where(mask, -1e9, scores)
    weights = softmax(scores)
    return weights @ V, weights


out, weights = attention(Q, K, V, mask)
