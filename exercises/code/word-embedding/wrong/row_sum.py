# Sums the whole matrix instead of selecting the word's column.
def embed(w, E):
    return E.sum(axis=1)

e = embed(w, E)
es = np.array([embed(w_t, E) for w_t in ws])
