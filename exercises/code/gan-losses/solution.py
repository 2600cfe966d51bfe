def sigmoid(x):
    return 1 / (1 + np.exp(-x))


d_real = sigmoid(logits_real)      # D(x)
d_fake = sigmoid(logits_fake)      # D(G(z))
N = d_fake.shape[0]

d_loss = -np.mean(np.log(d_real) + np.log(1 - d_fake))   # discriminator: real -> 1, fake -> 0
g_loss = -np.mean(np.log(d_fake))                         # generator, non-saturating: fake -> 1

# gradients with respect to the fake samples' logits (through the sigmoid)
d_grad_fake = d_fake / N
g_grad_fake = (d_fake - 1) / N
