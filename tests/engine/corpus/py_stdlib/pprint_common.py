# pprint: the common part (dicts, lists, tuples, sets, long strings; indent, width, depth, compact, sort_dicts)
import pprint
config = {'model': {'layers': [784, 256, 128, 10], 'activation': 'relu', 'dropout': 0.5, 'init': 'he_normal'}, 'optimizer': {'name': 'Adam', 'lr': 0.001, 'betas': (0.9, 0.999), 'eps': 1e-08}, 'epochs': 20, 'batch_size': 128, 'seed': 42}
pprint.pprint(config)
pprint.pprint(config, width=40)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True, width=30)
pprint.pprint({'b': 1, 'a': [1, 2, {'z': 'x' * 30, 'y': ('p', 'q')}]}, indent=4, width=30)
pprint.pp({'b': 1, 'a': 2})
print(pprint.pformat([[1, 2], [3, 4]]), pprint.pformat({'x': {'y': {'z': 1}}}, depth=2))
pprint.pprint('The quick brown fox jumps over the lazy dog and keeps running far far away into the forest of words', width=40)
pprint.pprint([{1, 2, 3}, frozenset({'a'}), (1,), ()], width=10)
pprint.pprint({'long_key_name_number_one': list(range(12)), 'k2': 'short'}, width=50)
