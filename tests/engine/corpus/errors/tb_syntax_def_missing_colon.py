# corpus: traceback
def train(epochs)
    for e in range(epochs):
        print(e)
