import numpy as np

X = np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])
y = np.array([1.0, 2.0, 3.0])
XtX = X.T @ X
print(XtX)
w = np.linalg.solve(XtX, X.T @ y)
print(w)
