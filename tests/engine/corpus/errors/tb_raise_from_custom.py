# corpus: traceback
class ConfigError(Exception):
    pass


def get(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e


def setup(cfg):
    lr = get(cfg, "lr")
    return lr


setup({"epochs": 3})
