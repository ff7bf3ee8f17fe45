import time


def test_checkout_works():
    time.sleep(0.6)
    assert 2 + 2 == 4


def test_checkout_names_itself():
    assert "checkout".isalpha()
