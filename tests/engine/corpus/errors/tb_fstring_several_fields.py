# corpus: traceback
def report(stats):
    return f"loss={stats['loss']:.3f} acc={stats['acc'] * 100:.1f}% n={len(stats['items'])}"


print(report({"loss": 0.5, "acc": 0.9, "items": [1]}))
print(report({"loss": 0.5, "acc": "0.9", "items": [1]}))
