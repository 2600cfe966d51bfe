# Concatenates along the time axis: (2T, H) instead of (T, 2H), so the output layer does not fit either.
h_f = rnn(xs, W_f, U_f)
h_b = rnn(xs[::-1], W_b, U_b)
hs = np.concatenate([h_f, h_b[::-1]], axis=0)
ys = hs.dot(V.T)
