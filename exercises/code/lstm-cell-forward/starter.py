def lstm_step(x, h_prev, c_prev, W, b):
    """One LSTM step. W: (4H, D+H), b: (4H,), gate rows in the order forget, input, output, candidate.
    Returns (h, c)."""
    H = h_prev.shape[0]
    z = ____                      # all four pre-activations from ONE matrix product, shape (4H,)
    forget_gate = sigmoid(z[:H])
    input_gate = ____
    output_gate = ____
    a = ____                      # candidate cell value
    c = ____
    h = ____
    return h, c

# Run over the whole sequence xs (T, D), starting from zero states.
h = np.zeros(H)
c = np.zeros(H)
for x_t in xs:
    h, c = lstm_step(x_t, h, c, W, b)
h_T, c_T = h, c
