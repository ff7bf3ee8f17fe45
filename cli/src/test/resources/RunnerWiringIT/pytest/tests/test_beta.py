import time


def test_beta_slow():
    time.sleep(0.20)


def test_beta_quick():
    assert "beta".isalpha()
