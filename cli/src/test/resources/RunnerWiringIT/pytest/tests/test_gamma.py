import time


def test_gamma_slow():
    time.sleep(0.10)


def test_gamma_quick():
    assert "gamma".isalpha()
