# Forgets to put the backward states back into time order: row t pairs h_f[t] with the state of step T-1-t.
h_f = rnn(xs, W_f, U_f)
h_b = rnn(xs[::-1], W_b, U_b)
hs = np.concatenate([h_f, h_b], axis=1)
ys = hs.dot(V.T)
