# Adds the children instead of concatenating them (W is (H, 2H), so this does not even fit).
def traverse(node):
    if not isinstance(node, dict):
        v = node
    else:
        left = traverse(node['left'])
        right = traverse(node['right'])
        v = np.tanh(W.dot(left + right))
    return v

root = traverse(tree)
