def matmul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]

A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
C = matmul(A, B)
for row in C:
    print(row)
T = [list(r) for r in zip(*A)]
print(T)
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(I)
print(len(A), len(A[0]))
