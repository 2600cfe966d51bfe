# corpus: traceback
losses = []
for i in range(3):
    losses.apend(i * 0.5)
