# corpus: traceback
total_loss = 0.0

def train_step(loss):
    total_loss += loss
    return total_loss

for epoch in range(3):
    print(epoch)
    train_step(0.5)
