from collections import deque
stack = []
for i in range(4):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
q = deque([1, 2, 3])
q.append(4); q.appendleft(0)
print(q.popleft(), q.pop(), list(q), len(q))
