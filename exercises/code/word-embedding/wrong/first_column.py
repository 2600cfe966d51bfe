# Always returns the first column: ignores which word w encodes.
def embed(w, E):
    return E[:, 0]

e = embed(w, E)
es = np.array([embed(w_t, E) for w_t in ws])
