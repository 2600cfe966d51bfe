# Concatenates the children in the wrong order (right before left).
def traverse(node):
    if not isinstance(node, dict):
        v = node
    else:
        left = traverse(node['left'])
        right = traverse(node['right'])
        v = np.tanh(W.dot(np.concatenate([right, left])))
    return v

root = traverse(tree)
