# Snapshot of the exam item exercises/questions/rnn-recursive-tree-code: its setup and template, with the
# reference answer (and one wrong answer) filled in, for the grader's seeds.
import numpy as np

for SEED in range(3):
    rng = np.random.RandomState(SEED)
    H = 4
    W = rng.standard_normal((H, 2 * H))
    _activation = np.tanh
    a, b, c = (rng.standard_normal(H) for _ in range(3))
    tree = {"left": {"left": a, "right": b}, "right": c}
    def traverse(node):
        if not isinstance(node, dict):
            return node  # a leaf: the word vector itself
        left = traverse(node["left"])
        right = traverse(node["right"])
        return _activation(W.dot(np.concatenate([left, right])))

    root = traverse(tree)
    print(SEED, 'reference', 'root', np.asarray(root).shape, np.asarray(root).tolist())
    try:
        def traverse(node):
            if not isinstance(node, dict):
                return node  # a leaf: the word vector itself
            left = traverse(node["left"])
            right = traverse(node["right"])
            return _activation(W.dot(left + right))

        root = traverse(tree)
        print(SEED, 'wrong', 'root', np.asarray(root).shape, np.asarray(root).tolist())
    except Exception as e:
        print(SEED, 'wrong', type(e).__name__, e)
