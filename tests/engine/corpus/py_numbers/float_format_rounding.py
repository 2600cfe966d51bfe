vals = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1e-7, 123.456, -0.05]
for v in vals:
    print(v, f"{v:.2f}", f"{v:.0f}", "%.1f" % v, "{:.3g}".format(v), round(v, 2), round(v, 1))
