# corpus: traceback
learning_rate = 0.01
epochs = 3


def update(w, grad):
    return w - learnin_rate * grad


w = 1.0
for epoch in range(epochs):
    w = update(w, 0.5)
    print(epoch, w)
