# Day 3 exercise: one LSTM step (c = input_gate * a + forget_gate * c)
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def lstm(x, prev_h, prev_c, W, U, b):
    lstm_in = np.dot(x, W.T) + np.dot(prev_h, U.T) + b
    a, i, f, o = np.hsplit(lstm_in, 4)
    a = np.tanh(a)
    input_gate = sigmoid(i)
    forget_gate = sigmoid(f)
    output_gate = sigmoid(o)
    c = input_gate * a + forget_gate * prev_c
    h = output_gate * np.tanh(c)
    return c, h

np.random.seed(11)
N, D, H = 2, 3, 4
x = np.random.randn(N, D)
h = np.zeros((N, H))
c = np.zeros((N, H))
W = np.random.randn(4 * H, D) * 0.5
U = np.random.randn(4 * H, H) * 0.5
b = np.zeros(4 * H)
for step in range(3):
    c, h = lstm(x, h, c, W, U, b)
    print("step", step)
    print(c)
    print(h)
