import time


def test_delta_slow():
    time.sleep(0.05)


def test_delta_quick():
    assert "delta".isalpha()
