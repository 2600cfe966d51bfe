# corpus: traceback
history = [0.0] * 3
for i in range(4):
    history[i] = i * 0.1
