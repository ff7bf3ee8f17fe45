import time


def test_alpha_slow():
    time.sleep(0.30)


def test_alpha_quick():
    assert "alpha".isalpha()
