# Day 3 exercise: recursive neural network over a binary tree
import numpy as np

def traverse(node, embed, W):
    if not isinstance(node, dict):
        v = embed[node]
    else:
        left = traverse(node["left"], embed, W)
        right = traverse(node["right"], embed, W)
        v = np.tanh(W.dot(np.concatenate([left, right])))
    return v

np.random.seed(4)
D = 3
embed = {w: np.random.randn(D) for w in ["the", "cat", "sat", "down"]}
W = np.random.randn(D, 2 * D) * 0.5
tree = {"left": {"left": "the", "right": "cat"}, "right": {"left": "sat", "right": "down"}}
print(traverse("cat", embed, W))
print(traverse({"left": "the", "right": "cat"}, embed, W))
print(traverse(tree, embed, W))
deep = {"left": "the", "right": {"left": "cat", "right": {"left": "sat", "right": "down"}}}
print(traverse(deep, embed, W))
