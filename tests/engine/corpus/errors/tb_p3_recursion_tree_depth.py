# corpus: traceback
def depth(node):
    if node is None:
        return 0
    return 1 + max(depth(node.get("left")), depth(node.get("right")))

tree = {"left": {"left": None, "right": None}, "right": None}
print(depth(tree))
loop = {}
loop["left"] = loop
loop["right"] = None
print(depth(loop))
