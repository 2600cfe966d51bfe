# Forgets the activation: the network stays linear.
def traverse(node):
    if not isinstance(node, dict):
        v = node
    else:
        left = traverse(node['left'])
        right = traverse(node['right'])
        v = W.dot(np.concatenate([left, right]))
    return v

root = traverse(tree)
