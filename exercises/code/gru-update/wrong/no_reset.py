# Ignores the reset gate in the candidate state.
def gru_step(x, h_prev, W, U, b):
    H = h_prev.shape[0]
    Wz, Wr, Wh = W[:H], W[H:2 * H], W[2 * H:]
    Uz, Ur, Uh = U[:H], U[H:2 * H], U[2 * H:]
    bz, br, bh = b[:H], b[H:2 * H], b[2 * H:]
    z = sigmoid(Wz.dot(x) + Uz.dot(h_prev) + bz)
    r = sigmoid(Wr.dot(x) + Ur.dot(h_prev) + br)
    h_tilde = np.tanh(Wh.dot(x) + Uh.dot(h_prev) + bh)
    h = (1 - z) * h_prev + z * h_tilde
    return h

h = np.zeros(H)
for x_t in xs:
    h = gru_step(x_t, h, W, U, b)
h_T = h
