def traverse(node):
    """Returns the vector representing `node` (a leaf vector or a dict with 'left' and 'right')."""
    if not isinstance(node, dict):
        v = node
    else:
        left = traverse(node['left'])
        right = traverse(node['right'])
        v = ____
    return v

root = traverse(tree)
