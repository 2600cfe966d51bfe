import numpy as np
np.random.seed(10)
train_size = 100
batch_size = 8
x_train = np.arange(train_size * 2).reshape(train_size, 2)
for i in range(3):
    batch_mask = np.random.choice(train_size, batch_size)
    print(batch_mask, x_train[batch_mask].sum(axis=0))
idx = np.random.permutation(train_size)[:5]
print(idx)
