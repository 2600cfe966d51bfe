def gru_step(x, h_prev, W, U, b):
    """One GRU step. W: (3H, D), U: (3H, H), b: (3H,); row blocks: update gate z, reset gate r, candidate.
    Returns the new hidden state h, shape (H,)."""
    H = h_prev.shape[0]
    Wz, Wr, Wh = W[:H], W[H:2 * H], W[2 * H:]
    Uz, Ur, Uh = U[:H], U[H:2 * H], U[2 * H:]
    bz, br, bh = b[:H], b[H:2 * H], b[2 * H:]
    z = ____                   # update gate
    r = ____                   # reset gate
    h_tilde = ____             # candidate state (the reset gate acts on h_prev)
    h = ____
    return h

# Run over the whole sequence xs (T, D), starting from a zero state.
h = np.zeros(H)
for x_t in xs:
    h = gru_step(x_t, h, W, U, b)
h_T = h
