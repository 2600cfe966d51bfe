# Swaps the roles of the input and forget gates in the cell update.
def lstm_step(x, h_prev, c_prev, W, b):
    H = h_prev.shape[0]
    z = W.dot(np.concatenate([x, h_prev])) + b
    forget_gate = sigmoid(z[:H])
    input_gate = sigmoid(z[H:2 * H])
    output_gate = sigmoid(z[2 * H:3 * H])
    a = np.tanh(z[3 * H:])
    c = forget_gate * a + input_gate * c_prev
    h = output_gate * np.tanh(c)
    return h, c

h = np.zeros(H)
c = np.zeros(H)
for x_t in xs:
    h, c = lstm_step(x_t, h, c, W, b)
h_T, c_T = h, c
