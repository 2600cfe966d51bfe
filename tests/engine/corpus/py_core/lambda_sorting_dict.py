scores = {"alice": 88, "bob": 95, "carol": 88, "dave": 70}
ranked = sorted(scores, key=lambda k: (-scores[k], k))
print(ranked)
print(sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:2])
print({k: v for k, v in sorted(scores.items(), key=lambda kv: kv[0], reverse=True)})
print(list(map(lambda kv: f"{kv[0]}={kv[1]}", scores.items())))
