# corpus: traceback
def train(batch_size, num_epochs):
    total = 0
    for epoch in range(num_epochs):
        total += batch_size
    return totl


print(train(32, 2))
