import numpy as np

acc = np.array([1, 0, 1]) == np.array([1, 1, 1])
print(acc.all() is np.False_, acc.any() is np.True_, acc[0] is np.True_)
print(np.isnan(np.nan) is np.True_, np.bool_(0) is np.False_, np.bool_(1) is not np.False_)
done = np.float64(0.1) < 0.2
print(done, done is True, done is np.True_, done == True)
flags = [np.True_, acc[1], bool(acc[2])]
print([f is np.True_ for f in flags], [f is True for f in flags])
print(np.True_ is np.bool_(True), np.int64(1) is np.int64(1))
