# Like boltons' tests/conftest.py: a pytest_ignore_collect hook that answers False ("collect it")
# for every path it does not skip itself. The hook is firstresult, so pytest's own --ignore
# handling never runs: --ignore=FILE then ignores nothing.


def pytest_ignore_collect(collection_path, config):
    return False
