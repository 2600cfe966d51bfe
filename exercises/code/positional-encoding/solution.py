def positional_encoding(T, d_model):
    """Sinusoidal positional encoding of shape (T, d_model) (d_model even)."""
    pos = np.arange(T)[:, None]                  # (T, 1)
    two_i = np.arange(0, d_model, 2)[None, :]    # (1, d_model / 2): the even dimensions 2i
    angle = pos / 10000 ** (two_i / d_model)
    pe = np.zeros((T, d_model))
    pe[:, 0::2] = np.sin(angle)
    pe[:, 1::2] = np.cos(angle)
    return pe


pe = positional_encoding(T, d_model)
