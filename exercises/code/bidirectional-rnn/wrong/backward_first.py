# Puts the backward half first, but V expects [forward, backward].
h_f = rnn(xs, W_f, U_f)
h_b = rnn(xs[::-1], W_b, U_b)
hs = np.concatenate([h_b[::-1], h_f], axis=1)
ys = hs.dot(V.T)
