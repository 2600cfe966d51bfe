class TrainingError(Exception):
    pass
def train(epochs):
    if epochs < 1:
        raise TrainingError(f"epochs must be >= 1, got {epochs}")
train(0)
