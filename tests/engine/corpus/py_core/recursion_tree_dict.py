tree = {"value": 1, "children": [{"value": 2, "children": []}, {"value": 3, "children": [{"value": 4, "children": []}]}]}
def total(node):
    return node["value"] + sum(total(c) for c in node["children"])
def depth(node):
    return 1 + max((depth(c) for c in node["children"]), default=0)
def paths(node, prefix=()):
    p = prefix + (node["value"],)
    if not node["children"]:
        return [p]
    out = []
    for c in node["children"]:
        out += paths(c, p)
    return out
print(total(tree), depth(tree), paths(tree))
