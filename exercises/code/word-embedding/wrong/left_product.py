# w.dot(E) needs E of shape (V, K): a shape error with E of shape (K, V).
def embed(w, E):
    return w.dot(E)

e = embed(w, E)
es = np.array([embed(w_t, E) for w_t in ws])
