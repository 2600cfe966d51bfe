import math

def step_decay(lr0, epoch, drop=0.5, every=10):
    return lr0 * drop ** (epoch // every)

def exp_decay(lr0, epoch, k=0.1):
    return lr0 * math.exp(-k * epoch)

def cosine(lr0, epoch, total):
    return 0.5 * lr0 * (1 + math.cos(math.pi * epoch / total))

def warmup(lr0, epoch, warm=5):
    return lr0 * min(1.0, (epoch + 1) / warm)

print(f"{'epoch':>5} | {'step':>8} | {'exp':>8} | {'cos':>8} | {'warm':>8}")
for e in [0, 1, 4, 9, 10, 19, 20, 29]:
    print(f"{e:>5} | {step_decay(0.1, e):8.5f} | {exp_decay(0.1, e):8.5f} | {cosine(0.1, e, 30):8.5f} | {warmup(0.1, e):8.5f}")

val_losses = [0.90, 0.70, 0.55, 0.50, 0.52, 0.49, 0.51, 0.53, 0.54, 0.55, 0.40]
best = float("inf")
best_epoch = None
patience, wait = 3, 0
history = {"epoch": [], "val": []}
for epoch, vl in enumerate(val_losses):
    history["epoch"].append(epoch)
    history["val"].append(vl)
    if vl < best - 1e-3:
        best, best_epoch, wait = vl, epoch, 0
    else:
        wait += 1
        if wait >= patience:
            print(f"early stop at epoch {epoch}; best {best} at {best_epoch}")
            break
print(history)
print(min(zip(history["val"], history["epoch"])))
