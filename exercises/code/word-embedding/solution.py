def embed(w, E):
    """w: one-hot vector of shape (V,); E: embedding matrix of shape (K, V).
    Returns the word's embedding, shape (K,)."""
    return E.dot(w)

e = embed(w, E)
es = np.array([embed(w_t, E) for w_t in ws])   # (T, K)
