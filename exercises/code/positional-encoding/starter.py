def positional_encoding(T, d_model):
    """Sinusoidal positional encoding of shape (T, d_model) (d_model even)."""
    pos = np.arange(T)[:, None]                  # (T, 1)
    two_i = np.arange(0, d_model, 2)[None, :]    # (1, d_model / 2): the even dimensions 2i
    angle = ____
    pe = np.zeros((T, d_model))
    pe[:, 0::2] = ____
    pe[:, 1::2] = ____
    return pe


pe = positional_encoding(T, d_model)
