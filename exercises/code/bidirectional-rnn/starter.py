h_f = rnn(xs, W_f, U_f)          # forward direction: h_f[t] has read xs[0..t]
h_b = rnn(xs[::-1], W_b, U_b)    # backward direction, run over the reversed sequence
# hs[t] = [forward state at t, backward state at t], shape (T, 2H)
hs = ____
ys = hs.dot(V.T)                 # (T, K)
