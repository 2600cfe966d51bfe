# int's &, |, ^ dunders treat bools as ints; bool's keep two bools a bool
print(True.__and__(False), True.__or__(False), True.__xor__(True), int.__and__(True, False), int.__or__(True, 2), int.__add__(True, True), True.__add__(True), bool.__and__(True, 1), (True).__rand__(False), int.__xor__(True, True), True & False, True | 2, 3 & True, int.__lshift__(True, 2), (5).__and__(3))
