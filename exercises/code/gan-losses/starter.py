def sigmoid(x):
    return 1 / (1 + np.exp(-x))


d_real = sigmoid(logits_real)      # D(x)
d_fake = sigmoid(logits_fake)      # D(G(z))
N = d_fake.shape[0]

d_loss = ____   # discriminator: real -> 1, fake -> 0
g_loss = ____                         # generator, non-saturating: fake -> 1

# gradients with respect to the fake samples' logits (through the sigmoid)
d_grad_fake = ____
g_grad_fake = ____
